import { isLang, languages } from '../../config/languages.ts';

/**
 * Everything a page tells search engines and social sites, worked out in one place: the title, the meta
 * description, the canonical URL, robots, OpenGraph and Twitter tags, feed links and JSON-LD
 * (./json-ld.ts). Pure: URLs come in absolute, so it is unit-tested without Astro;
 * src/components/SeoHead.astro only prints what it returns.
 */

import type { StandardsProperty } from '../content/standards.ts';
import { articleLd, breadcrumbLd, profileLd, seriesLd, websiteLd, type ProfileMeta } from './json-ld.ts';

/** One JSON-LD object of a page. */
export type JsonLd = ReturnType<
  typeof websiteLd | typeof articleLd | typeof seriesLd | typeof profileLd | typeof breadcrumbLd
>;

/** The publication, as every page presents it. */
export interface Publisher {
  name: string;
  /** BCP 47 language tag, e.g. "en-GB". */
  locale: string;
  /** Absolute URL of the home page. */
  url: string;
  /** The publisher's logo: a square PNG. */
  logo: ImageRef;
  /** The site's X account ("@name"), if it has one. */
  twitterSite?: string | undefined;
}

/** An image with its absolute URL and size. */
export interface ImageRef {
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** A link in the breadcrumb trail; `url` is absolute. */
export interface Crumb {
  name: string;
  url: string;
}

/** A feed offered with `<link rel="alternate">`. */
export interface FeedLink {
  title: string;
  url: string;
  type: 'application/rss+xml' | 'application/atom+xml' | 'application/feed+json';
}

/** A language version of the page: `<link rel="alternate" hreflang>`, also read back for the sitemap. */
export interface HrefLang {
  /** A language code, or "x-default" for the version shown to readers of no listed language. */
  hreflang: string;
  url: string;
}

/** Another language's version of an article, for JSON-LD. */
export interface VersionRef {
  url: string;
  /** BCP 47 tag. */
  inLanguage: string;
}

/** What an article page adds. */
export interface ArticleMeta {
  headline: string;
  /** The kicker as shown, in the page's language (articleSection, article:section). */
  kicker: string;
  /** The kicker as configured ("Analysis"), which decides the schema.org type. */
  type: string;
  published: Date;
  /** The latest of publication, update and corrections (src/lib/content/last-modified.ts). */
  modified: Date;
  /** The byline's authors, in order; `url` is each one's author page. */
  authors: readonly { name: string; url: string }[];
  /** Tag display names, in the article's order. */
  tags: readonly string[];
  /** The key points, one sentence each (JSON-LD abstract). */
  keyPoints?: readonly string[] | undefined;
  /** Where the article was filed from (JSON-LD dateline), and the place written out (contentLocation). */
  dateline?: { text: string; place?: string | undefined } | undefined;
  /** Corrections, oldest first (JSON-LD correction). */
  corrections?: readonly { date: Date; text: string }[] | undefined;
  /** The series the article is part of (JSON-LD isPartOf), with the absolute URL of its page. */
  series?: { name: string; url: string } | undefined;
  /** The documents the piece draws on (its "Sources"). */
  citations?: readonly {
    title: string;
    url: string;
    publisher?: string | undefined;
    date?: Date | undefined;
  }[];
  /** For a translation: the original (schema.org translationOfWork). */
  translationOf?: VersionRef;
  /** For an original: its translations (schema.org workTranslation). */
  translations?: readonly VersionRef[];
}

/** A series, as its page describes it; URLs absolute. */
export interface SeriesMeta {
  name: string;
  description: string;
  url: string;
  /** The published parts, in order. */
  parts: readonly { headline: string; url: string; part: number; kicker: string }[];
}

export interface PageInput {
  publisher: Publisher;
  /** The page's language's title templates; English when omitted. */
  titles?: TitleTemplates | undefined;
  /** The page's own title; the home page has none. */
  title?: string | undefined;
  description: string;
  /** Absolute URL the page is served at. */
  url: string;
  /** Another URL that is the original of this page (a syndicated article); defaults to `url`. */
  canonical?: string | undefined;
  /** False on preview builds: every page then asks search engines not to index it. */
  indexable: boolean;
  /** An error page (404) is served at any address: it gets `noindex` and no canonical URL or og:url. */
  errorPage?: boolean | undefined;
  /** The page's share image; the logo when omitted. */
  image?: ImageRef | undefined;
  article?: ArticleMeta | undefined;
  /** Trail from the home page to this page (this page last); none on the home page. */
  breadcrumbs?: readonly Crumb[] | undefined;
  /** An author page describes the author (a ProfilePage of the Person). */
  profile?: ProfileMeta | undefined;
  /** The home page links the standards pages that exist from the publisher, by property and absolute URL. */
  standards?: Partial<Record<StandardsProperty, string>> | undefined;
  /** A series page describes the series (CreativeWorkSeries) and its parts. */
  series?: SeriesMeta | undefined;
  /** The home page also describes the WebSite itself. */
  isHome?: boolean | undefined;
  feeds: readonly FeedLink[];
  /** The page's language versions (itself included) and x-default; none for a page in one language. */
  alternates?: readonly HrefLang[] | undefined;
}

/** A `<meta>` tag: by `name` (description, robots, twitter:*) or by `property` (og:*, article:*). */
export type MetaTag = { name: string; content: string } | { property: string; content: string };

export interface PageSeo {
  title: string;
  description: string;
  /** Absent on error pages. */
  canonical: string | undefined;
  meta: MetaTag[];
  feeds: readonly FeedLink[];
  /** hreflang links; none on error pages, which are no one's version. */
  alternates: readonly HrefLang[];
  /** JSON-LD objects, each printed in its own `<script type="application/ld+json">` (./json-ld.ts). */
  jsonLd: JsonLd[];
}

/** How a language writes a page's title: "{title} · {site}", and the home page's "{site}: news analysis". */
export interface TitleTemplates {
  pageTitle: string;
  homeTitle: string;
}

/** "Headline · Dispatch"; the home page is "Dispatch: news analysis" (English templates by default). */
export function pageTitle(
  title: string | undefined,
  siteName: string,
  templates: TitleTemplates = { pageTitle: '{title} · {site}', homeTitle: '{site}: news analysis' },
): string {
  const fill = (template: string) => template.replace('{title}', title ?? '').replace('{site}', siteName);
  return title ? fill(templates.pageTitle) : fill(templates.homeTitle);
}

/** "en-GB" → "en_GB", the form OpenGraph uses. */
export function ogLocale(locale: string): string {
  return locale.replace('-', '_');
}

/** Works out every tag of a page's head. */
export function pageSeo(input: PageInput): PageSeo {
  const { publisher, article } = input;
  const title = pageTitle(input.title, publisher.name, input.titles);
  const canonical = input.errorPage ? undefined : (input.canonical ?? input.url);
  const alternates = input.errorPage ? [] : (input.alternates ?? []);
  const image = input.image ?? publisher.logo;
  // A large card only for a real share image; the square logo reads better as a small one.
  const card = input.image ? 'summary_large_image' : 'summary';

  const meta: MetaTag[] = [{ name: 'description', content: input.description }];
  if (!input.indexable || input.errorPage) meta.push({ name: 'robots', content: 'noindex, nofollow' });
  meta.push(
    { property: 'og:site_name', content: publisher.name },
    { property: 'og:locale', content: ogLocale(publisher.locale) },
    ...alternateLocales(alternates, publisher.locale).map((locale) => ({
      property: 'og:locale:alternate',
      content: ogLocale(locale),
    })),
    { property: 'og:type', content: article ? 'article' : 'website' },
    { property: 'og:title', content: input.title ?? title },
    { property: 'og:description', content: input.description },
    ...(canonical ? [{ property: 'og:url', content: canonical }] : []),
    { property: 'og:image', content: image.url },
    { property: 'og:image:width', content: String(image.width) },
    { property: 'og:image:height', content: String(image.height) },
    { property: 'og:image:alt', content: image.alt },
  );
  if (article) {
    meta.push(
      { property: 'article:published_time', content: article.published.toISOString() },
      { property: 'article:modified_time', content: article.modified.toISOString() },
      ...article.authors.map((author) => ({ property: 'article:author', content: author.url })),
      { property: 'article:section', content: article.kicker },
      ...article.tags.map((tag) => ({ property: 'article:tag', content: tag })),
    );
  }
  // X reads the title, description and image (with its alt) from the og: tags when it finds no twitter: ones,
  // so only the card type and the account are its own.
  meta.push(
    { name: 'twitter:card', content: card },
    ...(publisher.twitterSite ? [{ name: 'twitter:site', content: publisher.twitterSite }] : []),
  );

  const jsonLd: JsonLd[] = [];
  if (input.isHome) jsonLd.push(websiteLd(publisher, input.description, input.standards ?? {}));
  if (article)
    jsonLd.push(
      articleLd(article, {
        description: input.description,
        canonical: canonical ?? input.url,
        image,
        publisher,
      }),
    );
  if (input.series) jsonLd.push(seriesLd(input.series, publisher));
  if (input.profile) jsonLd.push(profileLd(input.profile));
  if (input.breadcrumbs && input.breadcrumbs.length > 0) jsonLd.push(breadcrumbLd(input.breadcrumbs));

  return {
    title,
    description: input.description,
    canonical,
    meta,
    feeds: input.feeds,
    alternates,
    jsonLd,
  };
}

/** The other languages of a page's versions, for og:locale:alternate (x-default and the page's own left out). */
function alternateLocales(alternates: readonly HrefLang[], own: string): string[] {
  const ownLanguage = own.split('-')[0];
  return alternates
    .map((a) => a.hreflang)
    .filter((lang) => lang !== 'x-default' && lang !== ownLanguage)
    .map((lang) => (isLang(lang) ? languages[lang].locale : lang));
}
