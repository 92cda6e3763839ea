import { buildDate } from '../../config/env.ts';
import { publishing } from '../../config/publishing.ts';
import { site } from '../../config/site.ts';
import { getSiteIndex, type SiteArticle } from '../content/query.ts';
import { editorialStrings } from '../../config/editorial-strings.ts';
import type { ArticleSummary, SeriesListing, TagListing } from '../content/site-index.ts';
import { newsArticles, newsSitemapXml } from '../seo/news-sitemap.ts';
import { publisher } from '../seo/page-meta.ts';
import { absoluteLink } from '../urls/links.ts';
import { routes } from '../urls/routes.ts';
import { articleFeedHtml } from './article-html.ts';
import { feedItemOf, latest, type Feed, type FeedItem } from './formats.ts';

/**
 * Gathers what the machine-readable routes serve from the site index: the site-wide feed, one feed per tag and
 * one per series (./formats.ts writes them as RSS, Atom and JSON Feed) and the Google News sitemap.
 */

async function toItem(article: SiteArticle): Promise<FeedItem> {
  return feedItemOf(article, await articleFeedHtml(article), absoluteLink);
}

/**
 * The articles a feed carries: the newest of `summaries` (tag listings hold summaries only), as the full articles,
 * whose bodies the feed shows. A tag feed's route hands them to its page as props, so that they are in its cache key.
 */
export function feedArticles<Full extends ArticleSummary>(
  summaries: readonly ArticleSummary[],
  articleBySlug: ReadonlyMap<string, Full>,
): Full[] {
  return latest(summaries, publishing.feedItems).flatMap((s) => {
    const article = articleBySlug.get(s.slug);
    return article ? [article] : [];
  });
}

/** The site-wide feed: the newest articles. */
export async function siteFeed(): Promise<Feed> {
  const { articles, articleBySlug } = await getSiteIndex();
  return {
    title: site.name,
    description: site.description,
    language: site.locale,
    homeUrl: publisher.url,
    icon: publisher.logo.url,
    items: await Promise.all(feedArticles(articles, articleBySlug).map(toItem)),
  };
}

/** One tag's feed of `articles` (feedArticles of the tag's listing). */
export async function tagFeed(tag: TagListing, articles: readonly SiteArticle[]): Promise<Feed> {
  return {
    title: `${site.name}: ${tag.name}`,
    description: tag.description,
    language: site.locale,
    homeUrl: absoluteLink(routes.tag(tag.slug)),
    icon: publisher.logo.url,
    items: await Promise.all(articles.map(toItem)),
  };
}

/** One series' feed of `articles` (feedArticles of its parts: the newest). */
export async function seriesFeed(series: SeriesListing, articles: readonly SiteArticle[]): Promise<Feed> {
  return {
    title: editorialStrings.seriesFeedTitle(site.name, series.title),
    description: series.description,
    language: site.locale,
    homeUrl: absoluteLink(routes.seriesPage(series.slug)),
    icon: publisher.logo.url,
    items: await Promise.all(articles.map(toItem)),
  };
}

/** The Google News sitemap: the articles of the last two days before the build (DISPATCH_BUILD_DATE), as XML. */
export async function newsSitemap(): Promise<string> {
  const { articles } = await getSiteIndex();
  const recent = newsArticles(
    articles.map((a) => ({
      url: absoluteLink(routes.article(a.slug)),
      title: a.title,
      published: a.pubDate,
      // A syndicated piece belongs in its original's news sitemap.
      syndicated: a.canonical !== undefined,
    })),
    { now: buildDate, windowHours: publishing.newsWindowHours, maxUrls: publishing.newsMaxUrls },
  );
  return newsSitemapXml(recent, { name: site.name, locale: site.locale });
}
