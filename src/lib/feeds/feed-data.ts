import { buildDate } from '../../config/env.ts';
import { languages, type Lang } from '../../config/languages.ts';
import { publishing } from '../../config/publishing.ts';
import { getSiteIndex, keyedPaths, type SiteArticle } from '../content/query.ts';
import type { ArticleSummary, SeriesListing, TagSummary } from '../content/site-index.ts';
import { dictionaryOf, fill } from '../i18n/dictionary.ts';
import { newsArticles, newsSitemapXml } from '../seo/news-sitemap.ts';
import { publisherOf } from '../seo/page-meta.ts';
import { absoluteLink } from '../urls/links.ts';
import { routesIn } from '../urls/routes.ts';
import { articleFeedHtml } from './article-html.ts';
import { feedItemOf, latest, type Feed, type FeedItem } from './formats.ts';

/**
 * Gathers what the machine-readable routes serve from an edition: its feed, one feed per tag and one per series
 * (./formats.ts writes them as RSS, Atom and JSON Feed), each in the edition's language with its articles only,
 * and the Google News sitemap of every edition.
 */

/**
 * What a feed shows of an article: its summary, last change, key points, share image and body (its entry), and
 * nothing that comes from other articles (related links, series, translations). A feed's route hands these to its
 * page as props, so that they are its cache key: a feed is rendered again when one of its articles changes, not
 * when another article's edit moves their related links (at 5,000 articles, six tag feeds of twenty bodies each).
 */
export type FeedArticle = ArticleSummary &
  Pick<SiteArticle, 'file' | 'lastModified' | 'keyPoints' | 'socialImage' | 'source'>;

async function toItem(article: FeedArticle): Promise<FeedItem> {
  return feedItemOf(article, await articleFeedHtml(article), absoluteLink);
}

/**
 * The articles a feed carries: the newest of `summaries` (a listing's, which holds summaries only), each with what
 * the feed shows besides its summary.
 */
export function feedArticles(
  summaries: readonly ArticleSummary[],
  articleBySlug: ReadonlyMap<string, SiteArticle>,
): FeedArticle[] {
  return latest(summaries, publishing.feedItems).flatMap((summary) => {
    const article = articleBySlug.get(summary.slug);
    if (!article) return [];
    const { file, lastModified, keyPoints, socialImage, source } = article;
    return [{ ...summary, file, lastModified, keyPoints, socialImage, source }];
  });
}

/** What the route of an edition's site-wide feed (RSS, Atom, JSON Feed) is handed. */
export interface SiteFeedProps {
  lang: Lang;
  articles: readonly FeedArticle[];
}

/**
 * The getStaticPaths entries of the site-wide feeds, one per edition, the same for all three formats: the full
 * articles the feed carries are props, so that they are in the page's cache key.
 */
export function siteFeedPaths() {
  return keyedPaths(({ editions }) =>
    editions.map(({ params, lang, summaries, articleBySlug }) => ({
      params,
      props: { lang, articles: feedArticles(summaries, articleBySlug) } satisfies SiteFeedProps,
    })),
  );
}

/** An edition's feed of `articles` (feedArticles of the edition's articles), in the edition's language. */
export async function siteFeed(lang: Lang, articles: readonly FeedArticle[]): Promise<Feed> {
  const publisher = publisherOf(lang);
  return {
    title: publisher.name,
    description: dictionaryOf(lang).site.description,
    language: languages[lang].locale,
    homeUrl: publisher.url,
    icon: publisher.logo.url,
    items: await Promise.all(articles.map(toItem)),
  };
}

/** One tag's feed in an edition: `articles` (feedArticles of the tag's listing), in the edition's language. */
export async function tagFeed(lang: Lang, tag: TagSummary, articles: readonly FeedArticle[]): Promise<Feed> {
  const publisher = publisherOf(lang);
  return {
    title: fill(dictionaryOf(lang).feeds.tagTitle, { site: publisher.name, tag: tag.name }),
    description: tag.description,
    language: languages[lang].locale,
    homeUrl: absoluteLink(routesIn(lang).tag(tag.slug)),
    icon: publisher.logo.url,
    items: await Promise.all(articles.map(toItem)),
  };
}

/** One series' feed in a language, of `articles` (feedArticles of its parts: the newest). */
export async function seriesFeed(
  lang: Lang,
  series: Pick<SeriesListing, 'slug' | 'title' | 'description'>,
  articles: readonly FeedArticle[],
): Promise<Feed> {
  const publisher = publisherOf(lang);
  return {
    title: fill(dictionaryOf(lang).editorial.seriesFeedTitle, { site: publisher.name, title: series.title }),
    description: series.description,
    language: languages[lang].locale,
    homeUrl: absoluteLink(routesIn(lang).seriesPage(series.slug)),
    icon: publisher.logo.url,
    items: await Promise.all(articles.map(toItem)),
  };
}

/** The Google News sitemap: every edition's articles of the last two days before the build, as XML. */
export async function newsSitemap(): Promise<string> {
  const { editions } = await getSiteIndex();
  const recent = newsArticles(
    editions.flatMap(({ articles, lang }) =>
      articles.map((a) => ({
        url: absoluteLink(a.path),
        title: a.title,
        published: a.pubDate,
        // A syndicated piece belongs in its original's news sitemap.
        syndicated: a.canonical !== undefined,
        publication: { name: publisherOf(lang).name, locale: languages[lang].locale },
      })),
    ),
    { now: buildDate, windowHours: publishing.newsWindowHours, maxUrls: publishing.newsMaxUrls },
  );
  return newsSitemapXml(recent);
}
