import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteIndex, type Edition } from '../../lib/content/query.ts';
import { siteFeed } from '../../lib/feeds/feed-data.ts';
import { toJsonFeed } from '../../lib/feeds/formats.ts';
import { absoluteLink } from '../../lib/urls/links.ts';
import { routesIn } from '../../lib/urls/routes.ts';

/** Each edition's JSON Feed 1.1: its newest articles, in its language. */
export const getStaticPaths = (async () => {
  const { editions } = await getSiteIndex();
  return editions.map((edition) => ({ params: edition.params, props: { edition } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ edition: Edition }> = async ({ props: { edition } }) =>
  new Response(toJsonFeed(await siteFeed(edition), absoluteLink(routesIn(edition.lang).jsonFeed())), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
