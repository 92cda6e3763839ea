import type {
  BreadcrumbList,
  CreativeWorkSeries,
  NewsArticle,
  NewsMediaOrganization,
  ProfilePage,
  WebSite,
  WithContext,
} from 'schema-dts';
import type { StandardsProperty } from '../content/standards.ts';
import type { ArticleMeta, Crumb, ImageRef, Publisher, SeriesMeta, VersionRef } from './head-tags.ts';

/**
 * The JSON-LD of every kind of page, typed with schema.org's own vocabulary (schema-dts, generated from
 * schema.org): a type or property name schema.org does not have, or a value of the wrong kind, fails
 * `npm run check`. Google's rules for each type (required fields, absolute URLs, ISO dates) are checked on
 * every built page by tests/support/json-ld-rules.ts. Pure: URLs come in absolute.
 */

/** A NewsArticle's own `@type`, or one of its subtypes. */
type NewsArticleType = Exclude<NewsArticle, string>['@type'];

/**
 * schema.org's NewsArticle subtype for a kicker: the kinds of work the Trust Project defined and schema.org
 * adopted. Interview and News have no subtype of their own.
 */
const ARTICLE_TYPES: Readonly<Record<string, NewsArticleType>> = {
  Analysis: 'AnalysisNewsArticle',
  Opinion: 'OpinionNewsArticle',
  Report: 'ReportageNewsArticle',
  Explainer: 'BackgroundNewsArticle',
  Review: 'ReviewNewsArticle',
};

/** The schema.org type of an article with this kicker. */
export function articleType(kicker: string): NewsArticleType {
  return ARTICLE_TYPES[kicker] ?? 'NewsArticle';
}

/** The one identifier of the publisher, so that every page's mention of it is the same organization. */
export function organizationId(publisher: Publisher): string {
  return `${publisher.url}#organization`;
}

/**
 * The publisher: in full on the home page (logo and the standards pages that exist, by absolute URL), as a
 * reference by identifier, name and address everywhere else.
 */
function organizationLd(
  publisher: Publisher,
  full?: { standards: Partial<Record<StandardsProperty, string>> },
): NewsMediaOrganization {
  const reference = {
    '@type': 'NewsMediaOrganization',
    '@id': organizationId(publisher),
    name: publisher.name,
    url: publisher.url,
  } as const;
  if (!full) return reference;
  return {
    ...reference,
    // schema.org gives an image's width and height as distances, not numbers: Google reads the file itself.
    logo: { '@type': 'ImageObject', url: publisher.logo.url },
    ...full.standards,
  };
}

/** The home page: the site, and its publisher in full. */
export function websiteLd(
  publisher: Publisher,
  description: string,
  standards: Partial<Record<StandardsProperty, string>>,
): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: publisher.name,
    url: publisher.url,
    description,
    inLanguage: publisher.locale,
    publisher: organizationLd(publisher, { standards }),
  };
}

/** An article: the NewsArticle subtype of its kicker, with its authors, series, corrections and sources. */
export function articleLd(
  article: ArticleMeta,
  page: { description: string; canonical: string; image: ImageRef; publisher: Publisher },
): WithContext<NewsArticle> {
  const { publisher } = page;
  return {
    '@context': 'https://schema.org',
    '@type': articleType(article.type),
    headline: article.headline,
    description: page.description,
    image: [page.image.url],
    datePublished: article.published.toISOString(),
    dateModified: article.modified.toISOString(),
    author: article.authors.map((author) => ({ '@type': 'Person', name: author.name, url: author.url })),
    publisher: organizationLd(publisher),
    mainEntityOfPage: { '@type': 'WebPage', '@id': page.canonical },
    url: page.canonical,
    keywords: [...article.tags],
    articleSection: article.kicker,
    inLanguage: publisher.locale,
    ...(article.translationOf ? { translationOfWork: workLd(article.translationOf) } : {}),
    ...(article.translations && article.translations.length > 0
      ? { workTranslation: article.translations.map(workLd) }
      : {}),
    ...(article.keyPoints && article.keyPoints.length > 0 ? { abstract: article.keyPoints.join(' ') } : {}),
    ...(article.dateline ? { dateline: article.dateline.text } : {}),
    ...(article.dateline?.place
      ? { contentLocation: { '@type': 'Place', name: article.dateline.place } }
      : {}),
    ...(article.series
      ? { isPartOf: { '@type': 'CreativeWorkSeries', name: article.series.name, url: article.series.url } }
      : {}),
    ...(article.corrections && article.corrections.length > 0
      ? {
          correction: article.corrections.map((correction) => ({
            '@type': 'CorrectionComment',
            text: correction.text,
            datePublished: correction.date.toISOString(),
          })),
        }
      : {}),
    ...(article.citations && article.citations.length > 0
      ? {
          citation: article.citations.map((source) => ({
            '@type': 'CreativeWork',
            name: source.title,
            url: source.url,
            ...(source.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
            ...(source.date ? { datePublished: source.date.toISOString() } : {}),
          })),
        }
      : {}),
  };
}

/**
 * Another language's version of an article, as the value of translationOfWork or workTranslation: a reference
 * by its address (its own page describes it in full), kept small for the page-weight budget.
 */
function workLd(version: VersionRef): NewsArticle {
  return { '@type': 'NewsArticle', '@id': version.url, inLanguage: version.inLanguage };
}

/** A series page: the series and its parts in order. */
export function seriesLd(series: SeriesMeta, publisher: Publisher): WithContext<CreativeWorkSeries> {
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWorkSeries',
    name: series.name,
    description: series.description,
    url: series.url,
    inLanguage: publisher.locale,
    publisher: organizationLd(publisher),
    hasPart: series.parts.map((part) => ({
      '@type': articleType(part.kicker),
      headline: part.headline,
      url: part.url,
      position: part.part,
    })),
  };
}

/** An author: what Google reads from a profile page. */
export interface ProfileMeta {
  name: string;
  /** Absolute URL of the author page. */
  url: string;
  description: string;
  jobTitle?: string | undefined;
  knowsAbout: readonly string[];
  /** The author's own pages elsewhere. */
  sameAs: readonly string[];
}

/** An author page: a ProfilePage whose main entity is the Person. */
export function profileLd(profile: ProfileMeta): WithContext<ProfilePage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: profile.url,
    mainEntity: {
      '@type': 'Person',
      name: profile.name,
      url: profile.url,
      description: profile.description,
      ...(profile.jobTitle ? { jobTitle: profile.jobTitle } : {}),
      ...(profile.knowsAbout.length > 0 ? { knowsAbout: [...profile.knowsAbout] } : {}),
      ...(profile.sameAs.length > 0 ? { sameAs: [...profile.sameAs] } : {}),
    },
  };
}

/** The trail from the home page to a page. */
export function breadcrumbLd(crumbs: readonly Crumb[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so that text such as "</script>" in a
 * headline cannot end the element early. The result is still the same JSON.
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
