import type { APIRoute, GetStaticPaths } from 'astro';
import { keyedPaths, type SiteArticle } from '../../../lib/content/query.ts';
import { feedArticles, tagFeed } from '../../../lib/feeds/feed-data.ts';
import { toRss } from '../../../lib/feeds/formats.ts';
import { absoluteLink } from '../../../lib/urls/links.ts';
import { routes } from '../../../lib/urls/routes.ts';
import type { TagListing } from '../../../lib/content/site-index.ts';

/** One RSS 2.0 feed per tag, with the full articles it carries as props (their bodies are in the feed). */
export const getStaticPaths = (() =>
  keyedPaths(({ tags, articleBySlug }) =>
    tags.map((tag) => ({
      params: { tag: tag.slug },
      props: { tag, articles: feedArticles(tag.articles, articleBySlug) },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ tag: TagListing; articles: readonly SiteArticle[] }> = async ({ props }) =>
  new Response(
    await toRss(await tagFeed(props.tag, props.articles), absoluteLink(routes.tagRss(props.tag.slug))),
    { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } },
  );
