import type { APIRoute, GetStaticPaths } from 'astro';
import { siteFeed, siteFeedPaths, type SiteFeedProps } from '../../lib/feeds/feed-data.ts';
import { toJsonFeed } from '../../lib/feeds/formats.ts';
import { absoluteLink } from '../../lib/urls/links.ts';
import { routesIn } from '../../lib/urls/routes.ts';

/** Each edition's JSON Feed 1.1: its newest articles, in its language. */
export const getStaticPaths = siteFeedPaths satisfies GetStaticPaths;

export const GET: APIRoute<SiteFeedProps> = async ({ props: { lang, articles } }) =>
  new Response(toJsonFeed(await siteFeed(lang, articles), absoluteLink(routesIn(lang).jsonFeed())), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
