import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteIndex, type Edition } from '../../../../lib/content/query.ts';
import type { TagListing } from '../../../../lib/content/site-index.ts';
import { tagFeed } from '../../../../lib/feeds/feed-data.ts';
import { toRss } from '../../../../lib/feeds/formats.ts';
import { absoluteLink } from '../../../../lib/urls/links.ts';
import { routesIn } from '../../../../lib/urls/routes.ts';

/** One RSS 2.0 feed per tag in each edition: the tag's articles in that language. */
export const getStaticPaths = (async () => {
  const { editions } = await getSiteIndex();
  return editions.flatMap((edition) =>
    edition.tags.map((tag) => ({ params: { ...edition.params, tag: tag.slug }, props: { edition, tag } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ edition: Edition; tag: TagListing }> = async ({ props: { edition, tag } }) =>
  new Response(
    await toRss(await tagFeed(edition, tag), absoluteLink(routesIn(edition.lang).tagRss(tag.slug))),
    {
      headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
    },
  );
