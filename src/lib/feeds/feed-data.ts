import { buildDate } from '../../config/env.ts';
import { languages } from '../../config/languages.ts';
import { publishing } from '../../config/publishing.ts';
import { getSiteIndex, type Edition, type SiteArticle } from '../content/query.ts';
import type { ArticleSummary, TagListing } from '../content/site-index.ts';
import { dictionaryOf, fill } from '../i18n/dictionary.ts';
import { newsArticles, newsSitemapXml } from '../seo/news-sitemap.ts';
import { publisherOf } from '../seo/page-meta.ts';
import { absoluteLink } from '../urls/links.ts';
import { routesIn } from '../urls/routes.ts';
import { articleFeedHtml } from './article-html.ts';
import { feedItemOf, latest, type Feed, type FeedItem } from './formats.ts';

/**
 * Gathers what the machine-readable routes serve from an edition: its feed, one feed per tag (./formats.ts
 * writes them as RSS, Atom and JSON Feed), each in the edition's language with its articles only, and the
 * Google News sitemap of every edition.
 */

async function toItem(article: SiteArticle): Promise<FeedItem> {
  return feedItemOf(article, await articleFeedHtml(article), absoluteLink);
}

/** The full articles behind summaries (tag listings hold summaries only). */
async function items(edition: Edition, summaries: readonly ArticleSummary[]): Promise<FeedItem[]> {
  return Promise.all(
    latest(summaries, publishing.feedItems).flatMap((s) => {
      const article = edition.articleBySlug.get(s.slug);
      return article ? [toItem(article)] : [];
    }),
  );
}

/** An edition's feed: its newest articles. */
export async function siteFeed(edition: Edition): Promise<Feed> {
  const { lang } = edition;
  const publisher = publisherOf(lang);
  return {
    title: publisher.name,
    description: dictionaryOf(lang).site.description,
    language: languages[lang].locale,
    homeUrl: publisher.url,
    icon: publisher.logo.url,
    items: await items(edition, edition.articles),
  };
}

/** One tag's feed in an edition: its newest articles with that tag. */
export async function tagFeed(edition: Edition, tag: TagListing): Promise<Feed> {
  const { lang } = edition;
  const publisher = publisherOf(lang);
  return {
    title: fill(dictionaryOf(lang).feeds.tagTitle, { site: publisher.name, tag: tag.name }),
    description: tag.description,
    language: languages[lang].locale,
    homeUrl: absoluteLink(routesIn(lang).tag(tag.slug)),
    icon: publisher.logo.url,
    items: await items(edition, tag.articles),
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
