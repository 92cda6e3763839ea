import type { APIRoute, GetStaticPaths } from 'astro';
import { keyedPaths, type SiteArticle } from '../../../lib/content/query.ts';
import { feedArticles, seriesFeed } from '../../../lib/feeds/feed-data.ts';
import { toRss } from '../../../lib/feeds/formats.ts';
import { absoluteLink } from '../../../lib/urls/links.ts';
import { routes } from '../../../lib/urls/routes.ts';
import type { SeriesListing } from '../../../lib/content/site-index.ts';

/** One RSS 2.0 feed per series, with the full articles it carries as props (their bodies are in the feed). */
export const getStaticPaths = (() =>
  keyedPaths(({ series, articleBySlug }) =>
    series.map((entry) => ({
      params: { series: entry.slug },
      props: {
        series: entry,
        articles: feedArticles(
          entry.parts.map((part) => part.article),
          articleBySlug,
        ),
      },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ series: SeriesListing; articles: readonly SiteArticle[] }> = async ({ props }) =>
  new Response(
    await toRss(
      await seriesFeed(props.series, props.articles),
      absoluteLink(routes.seriesRss(props.series.slug)),
    ),
    {
      headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
    },
  );
