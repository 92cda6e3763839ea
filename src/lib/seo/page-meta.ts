import { languages, type Lang } from '../../config/languages.ts';
import { publishing } from '../../config/publishing.ts';
import { defaultAlternate, type Alternate } from '../i18n/alternates.ts';
import { dictionaryOf, fill, kickerLabel } from '../i18n/dictionary.ts';
import { absoluteLink } from '../urls/links.ts';
import { routes, routesIn } from '../urls/routes.ts';
import type { ArticleMeta, Crumb, FeedLink, HrefLang, ImageRef, Publisher } from './head-tags.ts';
import type { Article, AuthorSummary, TagSummary, Version } from '../content/site-index.ts';

/**
 * What each kind of page adds to its head (src/lib/seo/head-tags.ts does the rest): the absolute URLs of the
 * publisher, the feeds, share images, breadcrumbs and language versions, built with the configured site and
 * base, in the page's language.
 */

/** What a page passes to BaseLayout for its head; every field is optional. */
export interface PageMeta {
  article?: ArticleMeta;
  image?: ImageRef;
  /** The original of a syndicated article. */
  canonical?: string;
  /** Trail from the home page to this page; BaseLayout makes "Home › title" when omitted. */
  breadcrumbs?: Crumb[];
  /** Feeds of this page, offered before the site-wide ones (a tag's own feed). */
  feeds?: FeedLink[];
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
 * share image, Home › first tag › article.
 */
export function articleMeta(article: Article<unknown>): PageMeta {
  const { canonical, lang } = article;
  const firstTag = article.tags[0];
  const r = routesIn(lang);
  return {
    article: {
      headline: article.title,
      kicker: kickerLabel(article.kicker, lang),
      type: article.kicker,
      published: article.pubDate,
      modified: article.lastModified,
      author: { name: article.author.name, url: absoluteLink(r.author(article.author.slug)) },
      tags: article.tags.map((t) => t.name),
      citations: article.sources,
      ...(article.original ? { translationOf: versionRef(article.original) } : {}),
      translations: article.translations.map(versionRef),
    },
    image: shareImageOf(article),
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

/** An author page: Home › Authors › author. */
export function authorMeta(author: AuthorSummary, lang: Lang): PageMeta {
  const t = dictionaryOf(lang);
  const r = routesIn(lang);
  return {
    breadcrumbs: [
      home(lang),
      { name: t.nav.authors, url: absoluteLink(r.authors()) },
      { name: author.name, url: absoluteLink(r.author(author.slug)) },
    ],
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
