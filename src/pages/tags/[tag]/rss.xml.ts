import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteIndex } from '../../../lib/content/query.ts';
import { tagFeed } from '../../../lib/feeds/feed-data.ts';
import { toRss } from '../../../lib/feeds/formats.ts';
import { absoluteLink } from '../../../lib/urls/links.ts';
import { routes } from '../../../lib/urls/routes.ts';
import type { TagListing } from '../../../lib/content/site-index.ts';

/** One RSS 2.0 feed per tag. */
export const getStaticPaths = (async () => {
  const { tags } = await getSiteIndex();
  return tags.map((tag) => ({ params: { tag: tag.slug }, props: { tag } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ tag: TagListing }> = async ({ props }) =>
  new Response(await toRss(await tagFeed(props.tag), absoluteLink(routes.tagRss(props.tag.slug))), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
