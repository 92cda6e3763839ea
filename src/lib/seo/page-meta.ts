import { publishing } from '../../config/publishing.ts';
import { site } from '../../config/site.ts';
import { absoluteLink } from '../urls/links.ts';
import { routes } from '../urls/routes.ts';
import { editorialStrings } from '../../config/editorial-strings.ts';
import type { StandardsPage, StandardsProperty } from '../content/standards.ts';
import type { ArticleMeta, Crumb, FeedLink, ImageRef, Publisher, SeriesMeta } from './head-tags.ts';
import type { ProfileMeta } from './json-ld.ts';
import type { Article, AuthorSummary, SeriesListing, TagSummary } from '../content/site-index.ts';

/**
 * What each kind of page adds to its head (src/lib/seo/head-tags.ts does the rest): the absolute URLs of the
 * publisher, the feeds, share images and breadcrumbs, built with the configured site and base.
 */

/** What a page passes to BaseLayout for its head; every field is optional. */
export interface PageMeta {
  /** The title and description for search engines and social sites, when they differ from the page's own. */
  searchTitle?: string;
  searchDescription?: string;
  article?: ArticleMeta;
  image?: ImageRef;
  /** The original of a syndicated article. */
  canonical?: string;
  /** Trail from the home page to this page; BaseLayout makes "Home › title" when omitted. */
  breadcrumbs?: Crumb[];
  /** Feeds of this page, offered before the site-wide ones (a tag's or a series' own feed). */
  feeds?: FeedLink[];
  /** A series page's description of the series. */
  series?: SeriesMeta;
  /** An author page's description of the author. */
  profile?: ProfileMeta;
  /** The standards pages the home page's publisher links, by property. */
  standards?: Partial<Record<StandardsProperty, string>>;
  errorPage?: boolean;
  isHome?: boolean;
}

/** Share images are 1200×630, the size OpenGraph and X show large. */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;
/** The publisher's logo: square, large enough for Google's guidelines (at least 112 px). */
export const LOGO = { width: 512, height: 512 } as const;

export const publisher: Publisher = {
  name: site.name,
  locale: site.locale,
  url: absoluteLink(routes.home()),
  logo: { url: absoluteLink(routes.logo()), ...LOGO, alt: `${site.name} logo` },
  twitterSite: publishing.twitterSite,
};

/** The site-wide feeds, offered on every page. */
export const siteFeeds: FeedLink[] = [
  { title: `${site.name} (RSS)`, url: absoluteLink(routes.rss()), type: 'application/rss+xml' },
  { title: `${site.name} (Atom)`, url: absoluteLink(routes.atom()), type: 'application/atom+xml' },
  { title: `${site.name} (JSON Feed)`, url: absoluteLink(routes.jsonFeed()), type: 'application/feed+json' },
];

const home: Crumb = { name: site.name, url: absoluteLink(routes.home()) };

/** The share image of an article. */
function shareImageOf(article: { slug: string; title: string; kicker: string }): ImageRef {
  return {
    url: absoluteLink(routes.shareImage(article.slug)),
    ...SHARE_IMAGE,
    alt: `${article.kicker}: ${article.title}`,
  };
}

/**
 * An article page: OpenGraph article tags, NewsArticle JSON-LD, its share image, Home › first tag › article.
 * The article's search overrides (`seo`) replace its headline, dek and share card there, not on the page.
 */
export function articleMeta(article: Article<unknown>): PageMeta {
  const { canonical, seo, socialImage } = article;
  const firstTag = article.tags[0];
  return {
    ...(seo?.title ? { searchTitle: seo.title } : {}),
    ...(seo?.description ? { searchDescription: seo.description } : {}),
    article: {
      headline: seo?.title ?? article.title,
      kicker: article.kicker,
      published: article.pubDate,
      modified: article.lastModified,
      authors: article.authors.map((author) => ({
        name: author.name,
        url: absoluteLink(routes.author(author.slug)),
      })),
      tags: article.tags.map((t) => t.name),
      citations: article.sources,
      keyPoints: article.keyPoints,
      corrections: article.corrections,
      dateline: article.dateline,
      series: article.series && {
        name: article.series.title,
        url: absoluteLink(routes.seriesPage(article.series.slug)),
      },
    },
    image: socialImage
      ? { url: socialImage, ...SHARE_IMAGE, alt: seo?.imageAlt ?? '' }
      : shareImageOf(article),
    ...(canonical ? { canonical } : {}),
    breadcrumbs: [
      home,
      ...(firstTag ? [{ name: firstTag.name, url: absoluteLink(routes.tag(firstTag.slug)) }] : []),
      { name: article.title, url: absoluteLink(routes.article(article.slug)) },
    ],
  };
}

/** A tag page: its own feed first, Home › Topics › tag. */
export function tagMeta(tag: TagSummary): PageMeta {
  return {
    feeds: [
      {
        title: `${site.name}: ${tag.name} (RSS)`,
        url: absoluteLink(routes.tagRss(tag.slug)),
        type: 'application/rss+xml',
      },
    ],
    breadcrumbs: [
      home,
      { name: 'Topics', url: absoluteLink(routes.tags()) },
      { name: tag.name, url: absoluteLink(routes.tag(tag.slug)) },
    ],
  };
}

/** The home page: the WebSite, and its publisher linking the standards pages that exist. */
export function homeMeta(standards: readonly StandardsPage[]): PageMeta {
  return {
    isHome: true,
    standards: Object.fromEntries(
      standards.map((page) => [page.property, absoluteLink(routes.page(page.slug))]),
    ),
  };
}

/** An author page: a ProfilePage of the author (role, subjects, own pages elsewhere), Home › Authors › author. */
export function authorMeta(author: AuthorSummary): PageMeta {
  return {
    profile: {
      name: author.name,
      url: absoluteLink(routes.author(author.slug)),
      description: author.bio,
      jobTitle: author.jobTitle,
      knowsAbout: author.knowsAbout ?? [],
      sameAs: author.links.map((l) => l.url),
    },
    breadcrumbs: [
      home,
      { name: 'Authors', url: absoluteLink(routes.authors()) },
      { name: author.name, url: absoluteLink(routes.author(author.slug)) },
    ],
  };
}

const seriesCrumb: Crumb = { name: editorialStrings.series, url: absoluteLink(routes.series()) };

/** The index of series: Home › Series. */
export function seriesIndexMeta(): PageMeta {
  return { breadcrumbs: [home, seriesCrumb] };
}

/** A series page: its own feed first, CreativeWorkSeries JSON-LD with its parts, Home › Series › series. */
export function seriesMeta(series: SeriesListing): PageMeta {
  const url = absoluteLink(routes.seriesPage(series.slug));
  return {
    feeds: [
      {
        title: editorialStrings.seriesFeedTitle(site.name, series.title),
        url: absoluteLink(routes.seriesRss(series.slug)),
        type: 'application/rss+xml',
      },
    ],
    series: {
      name: series.title,
      description: series.description,
      url,
      parts: series.parts.map(({ part, article }) => ({
        headline: article.title,
        url: absoluteLink(routes.article(article.slug)),
        part,
        kicker: article.kicker,
      })),
    },
    breadcrumbs: [home, seriesCrumb, { name: series.title, url }],
  };
}

/** Home › this page, for pages that pass no trail of their own. */
export function defaultCrumbs(title: string, url: string): Crumb[] {
  return [home, { name: title, url }];
}
