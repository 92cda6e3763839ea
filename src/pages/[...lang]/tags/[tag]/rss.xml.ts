import type { APIRoute, GetStaticPaths } from 'astro';
import type { Lang } from '../../../../config/languages.ts';
import { keyedPaths } from '../../../../lib/content/query.ts';
import type { TagSummary } from '../../../../lib/content/site-index.ts';
import { feedArticles, tagFeed, type FeedArticle } from '../../../../lib/feeds/feed-data.ts';
import { toRss } from '../../../../lib/feeds/formats.ts';
import { absoluteLink } from '../../../../lib/urls/links.ts';
import { routesIn } from '../../../../lib/urls/routes.ts';

/**
 * One RSS 2.0 feed per tag in each edition: the tag's articles in that language, with what the feed shows of them as
 * props (their bodies are in the feed, so they are in the page's cache key), and of the tag its name only.
 */
export const getStaticPaths = (() =>
  keyedPaths(({ editions }) =>
    editions.flatMap(({ params, lang, tags, articleBySlug }) =>
      tags.map((tag) => ({
        params: { ...params, tag: tag.slug },
        props: {
          lang,
          tag: { slug: tag.slug, name: tag.name, description: tag.description },
          articles: feedArticles(tag.articles, articleBySlug),
        },
      })),
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang; tag: TagSummary; articles: readonly FeedArticle[] }> = async ({
  props: { lang, tag, articles },
}) =>
  new Response(
    await toRss(await tagFeed(lang, tag, articles), absoluteLink(routesIn(lang).tagRss(tag.slug))),
    { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } },
  );
