import type { APIRoute, GetStaticPaths } from 'astro';
import type { Lang } from '../../config/languages.ts';
import { keyedPaths, type SiteArticle } from '../../lib/content/query.ts';
import { feedArticles, siteFeed } from '../../lib/feeds/feed-data.ts';
import { toRss } from '../../lib/feeds/formats.ts';
import { absoluteLink } from '../../lib/urls/links.ts';
import { routesIn } from '../../lib/urls/routes.ts';

/** Each edition's RSS 2.0 feed: its newest articles, in its language. */
export const getStaticPaths = (() =>
  keyedPaths(({ editions }) =>
    editions.map(({ params, lang, articles, articleBySlug }) => ({
      params,
      // The full articles the feed carries, as props: they are in the page's cache key.
      props: { lang, articles: feedArticles(articles, articleBySlug) },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang; articles: readonly SiteArticle[] }> = async ({
  props: { lang, articles },
}) =>
  new Response(await toRss(await siteFeed(lang, articles), absoluteLink(routesIn(lang).rss())), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
