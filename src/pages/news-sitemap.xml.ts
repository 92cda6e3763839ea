import type { APIRoute } from 'astro';
import { publishing } from '../config/publishing.ts';
import { site } from '../config/site.ts';
import { buildDate } from '../config/env.ts';
import { getSiteIndex } from '../lib/content/query.ts';
import { absoluteLink } from '../lib/urls/links.ts';
import { newsArticles, newsSitemapXml } from '../lib/seo/news-sitemap.ts';
import { routes } from '../lib/urls/routes.ts';

/** The Google News sitemap of the articles of the last two days before the build (DISPATCH_BUILD_DATE). */
export const GET: APIRoute = async () => {
  const { articles } = await getSiteIndex();
  const recent = newsArticles(
    articles.map((a) => ({
      url: absoluteLink(routes.article(a.slug)),
      title: a.title,
      published: a.pubDate,
      syndicated: a.source.data.canonical !== undefined,
    })),
    { now: buildDate, windowHours: publishing.newsWindowHours, maxUrls: publishing.newsMaxUrls },
  );
  return new Response(newsSitemapXml(recent, { name: site.name, locale: site.locale }), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
