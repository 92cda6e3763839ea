import type { APIRoute, GetStaticPaths } from 'astro';
import { siteFeed, siteFeedPaths, type SiteFeedProps } from '../../lib/feeds/feed-data.ts';
import { toRss } from '../../lib/feeds/formats.ts';
import { absoluteLink } from '../../lib/urls/links.ts';
import { routesIn } from '../../lib/urls/routes.ts';

/** Each edition's RSS 2.0 feed: its newest articles, in its language. */
export const getStaticPaths = siteFeedPaths satisfies GetStaticPaths;

export const GET: APIRoute<SiteFeedProps> = async ({ props: { lang, articles } }) =>
  new Response(await toRss(await siteFeed(lang, articles), absoluteLink(routesIn(lang).rss())), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
