import { languages, type Lang } from '../../config/languages.ts';
import { publishing } from '../../config/publishing.ts';
import { defaultAlternate, type Alternate } from '../i18n/alternates.ts';
import { dictionaryOf, fill, kickerLabel } from '../i18n/dictionary.ts';
import { absoluteLink } from '../urls/links.ts';
import { routes, routesIn } from '../urls/routes.ts';
import type { StandardsPage, StandardsProperty } from '../content/standards.ts';
import type { ArticleMeta, Crumb, FeedLink, HrefLang, ImageRef, Publisher, SeriesMeta } from './head-tags.ts';
import type { ProfileMeta } from './json-ld.ts';
import type { Article, AuthorSummary, SeriesListing, TagSummary, Version } from '../content/site-index.ts';

/**
 * What each kind of page adds to its head (src/lib/seo/head-tags.ts does the rest): the absolute URLs of the
 * publisher, the feeds, share images, breadcrumbs and language versions, built with the configured site and
 * base, in the page's language.
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

/** The publication as a language's edition presents it: its name in that language and its home page. */
export function publisherOf(lang: Lang): Publisher {
  const { name } = dictionaryOf(lang).site;
  return {
    name,
    locale: languages[lang].locale,
    url: absoluteLink(routesIn(lang).home()),
    logo: {
      url: absoluteLink(routes.logo()),
      ...LOGO,
      alt: fill(dictionaryOf(lang).site.logoAlt, { site: name }),
    },
    twitterSite: publishing.twitterSite,
  };
}

/** An edition's feeds, offered on each of its pages. */
export function siteFeedsOf(lang: Lang): FeedLink[] {
  const t = dictionaryOf(lang);
  const site = t.site.name;
  const r = routesIn(lang);
  return [
    { title: fill(t.feeds.rss, { site }), url: absoluteLink(r.rss()), type: 'application/rss+xml' },
    { title: fill(t.feeds.atom, { site }), url: absoluteLink(r.atom()), type: 'application/atom+xml' },
    { title: fill(t.feeds.json, { site }), url: absoluteLink(r.jsonFeed()), type: 'application/feed+json' },
  ];
}

/** The first crumb of every trail: the edition's home page. */
const home = (lang: Lang): Crumb => ({
  name: dictionaryOf(lang).site.name,
  url: absoluteLink(routesIn(lang).home()),
});

/** A version of a work as JSON-LD wants it: absolute URL and language tag. */
const versionRef = (version: Version) => ({
  url: absoluteLink(version.path),
  inLanguage: languages[version.lang].locale,
});

/** The share image of an article. */
function shareImageOf(article: Pick<Article<unknown>, 'lang' | 'urlSlug' | 'title' | 'kicker'>): ImageRef {
  return {
    url: absoluteLink(routesIn(article.lang).shareImage(article.urlSlug)),
    ...SHARE_IMAGE,
    alt: fill(dictionaryOf(article.lang).share.imageAlt, {
      kicker: kickerLabel(article.kicker, article.lang),
      title: article.title,
    }),
  };
}

/**
 * An article page: OpenGraph article tags, NewsArticle JSON-LD (with its original or its translations), its
 * share image, Home › first tag › article. The article's search overrides (`seo`) replace its headline, dek and
 * share card there, not on the page.
 */
export function articleMeta(article: Article<unknown>): PageMeta {
  const { canonical, lang, seo, socialImage } = article;
  const firstTag = article.tags[0];
  const r = routesIn(lang);
  return {
    ...(seo?.title ? { searchTitle: seo.title } : {}),
    ...(seo?.description ? { searchDescription: seo.description } : {}),
    article: {
      headline: seo?.title ?? article.title,
      kicker: kickerLabel(article.kicker, lang),
      type: article.kicker,
      published: article.pubDate,
      modified: article.lastModified,
      authors: article.authors.map((author) => ({
        name: author.name,
        url: absoluteLink(r.author(author.slug)),
      })),
      tags: article.tags.map((t) => t.name),
      citations: article.sources,
      keyPoints: article.keyPoints,
      corrections: article.corrections,
      dateline: article.dateline,
      series: article.series && {
        name: article.series.title,
        url: absoluteLink(r.seriesPage(article.series.slug)),
      },
      ...(article.original ? { translationOf: versionRef(article.original) } : {}),
      translations: article.translations.map(versionRef),
    },
    image: socialImage
      ? { url: socialImage, ...SHARE_IMAGE, alt: seo?.imageAlt ?? '' }
      : shareImageOf(article),
    ...(canonical ? { canonical } : {}),
    breadcrumbs: [
      home(lang),
      ...(firstTag ? [{ name: firstTag.name, url: absoluteLink(r.tag(firstTag.slug)) }] : []),
      { name: article.title, url: absoluteLink(article.path) },
    ],
  };
}

/** A tag page: its own feed first, Home › Topics › tag. */
export function tagMeta(tag: TagSummary, lang: Lang): PageMeta {
  const t = dictionaryOf(lang);
  const r = routesIn(lang);
  return {
    feeds: [
      {
        title: fill(t.feeds.tagRss, { site: t.site.name, tag: tag.name }),
        url: absoluteLink(r.tagRss(tag.slug)),
        type: 'application/rss+xml',
      },
    ],
    breadcrumbs: [
      home(lang),
      { name: t.nav.topics, url: absoluteLink(r.tags()) },
      { name: tag.name, url: absoluteLink(r.tag(tag.slug)) },
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
export function authorMeta(author: AuthorSummary, lang: Lang): PageMeta {
  const t = dictionaryOf(lang);
  const r = routesIn(lang);
  return {
    profile: {
      name: author.name,
      url: absoluteLink(r.author(author.slug)),
      description: author.bio,
      jobTitle: author.jobTitle,
      knowsAbout: author.knowsAbout ?? [],
      sameAs: author.links.map((l) => l.url),
    },
    breadcrumbs: [
      home(lang),
      { name: t.nav.authors, url: absoluteLink(r.authors()) },
      { name: author.name, url: absoluteLink(r.author(author.slug)) },
    ],
  };
}

/** The crumb of an edition's index of series. */
const seriesCrumb = (lang: Lang): Crumb => ({
  name: dictionaryOf(lang).editorial.series,
  url: absoluteLink(routesIn(lang).series()),
});

/** The index of series: Home › Series. */
export function seriesIndexMeta(lang: Lang): PageMeta {
  return { breadcrumbs: [home(lang), seriesCrumb(lang)] };
}

/** A series page: its own feed first, CreativeWorkSeries JSON-LD with its parts, Home › Series › series. */
export function seriesMeta(series: SeriesListing, lang: Lang): PageMeta {
  const r = routesIn(lang);
  const url = absoluteLink(r.seriesPage(series.slug));
  return {
    feeds: [
      {
        title: fill(dictionaryOf(lang).editorial.seriesFeedTitle, {
          site: dictionaryOf(lang).site.name,
          title: series.title,
        }),
        url: absoluteLink(r.seriesRss(series.slug)),
        type: 'application/rss+xml',
      },
    ],
    series: {
      name: series.title,
      description: series.description,
      url,
      parts: series.parts.map(({ part, article }) => ({
        headline: article.title,
        url: absoluteLink(article.path),
        part,
        kicker: article.kicker,
      })),
    },
    breadcrumbs: [home(lang), seriesCrumb(lang), { name: series.title, url }],
  };
}

/** Home › this page, for pages that pass no trail of their own. */
export function defaultCrumbs(title: string, url: string, lang: Lang): Crumb[] {
  return [home(lang), { name: title, url }];
}

/** A page's language versions as hreflang links: each version, then `x-default`. None for a page in one language. */
export function hrefLangs(alternates: readonly Alternate[]): HrefLang[] {
  const fallback = defaultAlternate(alternates);
  if (!fallback) return [];
  return [
    ...alternates.map((a) => ({ hreflang: a.lang, url: absoluteLink(a.path) })),
    { hreflang: 'x-default', url: absoluteLink(fallback.path) },
  ];
}
