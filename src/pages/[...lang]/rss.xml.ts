import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteIndex, type Edition } from '../../lib/content/query.ts';
import { siteFeed } from '../../lib/feeds/feed-data.ts';
import { toRss } from '../../lib/feeds/formats.ts';
import { absoluteLink } from '../../lib/urls/links.ts';
import { routesIn } from '../../lib/urls/routes.ts';

/** Each edition's RSS 2.0 feed: its newest articles, in its language. */
export const getStaticPaths = (async () => {
  const { editions } = await getSiteIndex();
  return editions.map((edition) => ({ params: edition.params, props: { edition } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ edition: Edition }> = async ({ props: { edition } }) =>
  new Response(await toRss(await siteFeed(edition), absoluteLink(routesIn(edition.lang).rss())), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
