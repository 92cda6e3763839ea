import type { APIRoute, GetStaticPaths } from 'astro';
import type { Lang } from '../../../../config/languages.ts';
import { keyedPaths } from '../../../../lib/content/query.ts';
import type { SeriesListing } from '../../../../lib/content/site-index.ts';
import { feedArticles, seriesFeed, type FeedArticle } from '../../../../lib/feeds/feed-data.ts';
import { toRss } from '../../../../lib/feeds/formats.ts';
import { absoluteLink } from '../../../../lib/urls/links.ts';
import { routesIn } from '../../../../lib/urls/routes.ts';

/**
 * One RSS 2.0 feed per series in each edition, with what it shows of the articles it carries as props (their bodies
 * are in the feed), and of the series its name and description.
 */
export const getStaticPaths = (() =>
  keyedPaths(({ editions }) =>
    editions.flatMap(({ params, lang, series, articleBySlug }) =>
      series.map((entry) => ({
        params: { ...params, series: entry.slug },
        props: {
          lang,
          series: { slug: entry.slug, title: entry.title, description: entry.description },
          articles: feedArticles(
            entry.parts.map((part) => part.article),
            articleBySlug,
          ),
        },
      })),
    ),
  )) satisfies GetStaticPaths;

interface Props {
  lang: Lang;
  series: Pick<SeriesListing, 'slug' | 'title' | 'description'>;
  articles: readonly FeedArticle[];
}

export const GET: APIRoute<Props> = async ({ props: { lang, series, articles } }) =>
  new Response(
    await toRss(
      await seriesFeed(lang, series, articles),
      absoluteLink(routesIn(lang).seriesRss(series.slug)),
    ),
    { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } },
  );
