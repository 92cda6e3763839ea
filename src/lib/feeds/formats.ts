import { getRssString } from '@astrojs/rss';
import XMLBuilder from 'fast-xml-builder';
import { dictionaryOf } from '../i18n/dictionary.ts';
import { routesIn } from '../urls/routes.ts';
import { summaryHtml, summaryText } from './summary.ts';
import type { ArticleSummary } from '../content/site-index.ts';

/**
 * The site's feeds in three formats from one shape of data: RSS 2.0 (through @astrojs/rss), Atom 1.0
 * (RFC 4287) and JSON Feed 1.1. Pure: the routes under src/pages/ gather the items (src/lib/feeds/feed-data.ts)
 * and only wrap these strings in a Response.
 */

/** One article as every feed format shows it; all URLs absolute. */
export interface FeedItem {
  url: string;
  title: string;
  /** The dek. */
  summary: string;
  /** The article's key points (none when it has none), added to the summary under their heading. */
  keyPoints: readonly string[];
  /** "Key points", in the article's language. */
  keyPointsHeading: string;
  /** Full article HTML, with absolute URLs (src/lib/feeds/feed-html.ts). */
  contentHtml: string;
  published: Date;
  /** The latest of publication, update and corrections. */
  updated: Date;
  /** The byline's authors, in order. */
  authors: readonly { name: string; url: string }[];
  /** Tag display names. */
  tags: readonly string[];
  /** The share image. */
  image: string;
}

/** A feed: the site's, or one tag's. */
export interface Feed {
  title: string;
  description: string;
  /** BCP 47 language tag, e.g. "en-GB". */
  language: string;
  /** The page the feed belongs to (home page or tag page). */
  homeUrl: string;
  /** The publisher's square logo. */
  icon: string;
  /** Newest first. */
  items: readonly FeedItem[];
}

/**
 * An article of the site index as a feed item (its share image: the social image when it has one, else its card). `absolute` turns a site-relative path into an absolute URL on
 * the configured site and base; `contentHtml` is the article's body (src/lib/feeds/article-html.ts).
 */
export function feedItemOf(
  article: ArticleSummary & {
    lastModified: Date;
    socialImage?: string | undefined;
    keyPoints?: readonly string[] | undefined;
  },
  contentHtml: string,
  absolute: (path: string) => string,
): FeedItem {
  return {
    url: absolute(article.path),
    title: article.title,
    summary: article.description,
    keyPoints: article.keyPoints ?? [],
    keyPointsHeading: dictionaryOf(article.lang).editorial.keyPoints,
    contentHtml,
    published: article.pubDate,
    updated: article.lastModified,
    authors: article.authors.map((author) => ({
      name: author.name,
      url: absolute(routesIn(article.lang).author(author.slug)),
    })),
    tags: article.tags.map((t) => t.name),
    image: article.socialImage ?? absolute(routesIn(article.lang).shareImage(article.urlSlug)),
  };
}

/** The newest `limit` items, newest first: a feed carries full text, so it carries the latest pieces only. */
export function latest<T extends { pubDate: Date }>(articles: readonly T[], limit: number): T[] {
  return [...articles].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()).slice(0, limit);
}

/**
 * When the feed last changed: the newest publication or update date of its items. Derived from the
 * content rather than the clock, so that an unchanged site rebuilds to the same bytes.
 */
export function feedUpdated(feed: Feed): Date {
  let newest = 0;
  for (const item of feed.items) {
    newest = Math.max(newest, item.updated.getTime());
  }
  return new Date(newest);
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** RSS 2.0, with the full text in content:encoded and each author in a dc:creator (RSS's <author> wants an e-mail). */
export function toRss(feed: Feed, selfUrl: string): Promise<string> {
  return getRssString({
    title: feed.title,
    description: feed.description,
    site: feed.homeUrl,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
    customData:
      `<language>${escapeXml(feed.language.toLowerCase())}</language>` +
      `<atom:link href="${escapeXml(selfUrl)}" rel="self" type="application/rss+xml"/>`,
    items: feed.items.map((item) => ({
      title: item.title,
      link: item.url,
      pubDate: item.published,
      // HTML, as RSS readers read a description: the dek and the key points.
      description: summaryHtml(item.summary, item.keyPoints, item.keyPointsHeading),
      content: item.contentHtml,
      categories: [...item.tags],
      customData: item.authors.map((author) => `<dc:creator>${escapeXml(author.name)}</dc:creator>`).join(''),
    })),
  });
}

const xml = new XMLBuilder({ ignoreAttributes: false, suppressEmptyNode: true, format: false });

/** Atom 1.0: the full text as escaped HTML in each entry's content. */
export function toAtom(feed: Feed, selfUrl: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    xml.build({
      feed: {
        '@_xmlns': 'http://www.w3.org/2005/Atom',
        '@_xml:lang': feed.language,
        id: feed.homeUrl,
        title: feed.title,
        subtitle: feed.description,
        updated: feedUpdated(feed).toISOString(),
        link: [
          { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': selfUrl },
          { '@_rel': 'alternate', '@_type': 'text/html', '@_href': feed.homeUrl },
        ],
        icon: feed.icon,
        entry: feed.items.map((item) => ({
          id: item.url,
          title: item.title,
          link: { '@_rel': 'alternate', '@_type': 'text/html', '@_href': item.url },
          published: item.published.toISOString(),
          updated: item.updated.toISOString(),
          author: item.authors.map((author) => ({ name: author.name, uri: author.url })),
          category: item.tags.map((tag) => ({ '@_term': tag })),
          summary: {
            '@_type': 'html',
            '#text': summaryHtml(item.summary, item.keyPoints, item.keyPointsHeading),
          },
          content: { '@_type': 'html', '#text': item.contentHtml },
        })),
      },
    })
  );
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1). */
export function toJsonFeed(feed: Feed, selfUrl: string): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: selfUrl,
    description: feed.description,
    icon: feed.icon,
    language: feed.language,
    items: feed.items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: summaryText(item.summary, item.keyPoints, item.keyPointsHeading),
      content_html: item.contentHtml,
      image: item.image,
      date_published: item.published.toISOString(),
      date_modified: item.updated.toISOString(),
      authors: item.authors.map((author) => ({ name: author.name, url: author.url })),
      tags: item.tags,
    })),
  });
}
