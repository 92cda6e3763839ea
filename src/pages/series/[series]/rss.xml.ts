import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteIndex } from '../../../lib/content/query.ts';
import { seriesFeed } from '../../../lib/feeds/feed-data.ts';
import { toRss } from '../../../lib/feeds/formats.ts';
import { absoluteLink } from '../../../lib/urls/links.ts';
import { routes } from '../../../lib/urls/routes.ts';
import type { SeriesListing } from '../../../lib/content/site-index.ts';

/** One RSS 2.0 feed per series. */
export const getStaticPaths = (async () => {
  const { series } = await getSiteIndex();
  return series.map((entry) => ({ params: { series: entry.slug }, props: { series: entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ series: SeriesListing }> = async ({ props }) =>
  new Response(
    await toRss(await seriesFeed(props.series), absoluteLink(routes.seriesRss(props.series.slug))),
    {
      headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
    },
  );
