import { DEFAULT_LANGUAGE, LANGUAGES, languages, type Lang } from '../../config/languages.ts';
import { dictionaryOf, plural } from '../i18n/dictionary.ts';
import { archiveByYear, type YearArchive } from '../listings/archive.ts';
import { localized, routes } from '../urls/routes.ts';
import { ContentError, findContentProblems } from './rules.ts';
import { lastModified } from './last-modified.ts';
import { byLanguage, isPublished, relatedKey, type RelatedLists, type RelatedSource } from './editions.ts';
import { countWords, readingMinutes } from './reading-time.ts';
import { type ArticleTerms, packTerms, relatedArticles, unpackTerms } from '../related/related-articles.ts';
import { isPinned, MAX_PINS } from './pins.ts';
import { numberSeries } from './series.ts';
import { templateLines } from './standards.ts';

/**
 * Derives everything the pages show from the validated entries, once per build: for each language, its
 * edition: published articles newest first, their authors, tags (named in that language) and related
 * articles (in that language), the listings by tag and author, and each article's versions in the other
 * languages. Pure: it takes plain records, so it is unit-tested without Astro.
 */

/** An author or tag's names in the languages other than the default, as `translations:` gives them. */
type Translations<Fields> = { readonly [L in Lang]?: Fields | undefined };

export interface AuthorSummary {
  slug: string;
  name: string;
  bio: string;
  /** The author's role, if the author file gives one. */
  jobTitle?: string | undefined;
  /** Subjects the author covers (none when the file names none). */
  knowsAbout?: readonly string[] | undefined;
  links: readonly { label: string; url: string }[];
}

/** A standalone page of content/pages/ (the Data Protection Policy, the standards pages). */
export interface PageSummary {
  slug: string;
  title: string;
  description: string;
  updatedDate: Date;
  /** Whether its text still holds template text (`TEMPLATE:`) for the operator to replace. */
  template: boolean;
}

export interface TagSummary {
  slug: string;
  name: string;
  description: string;
}

/** What a listing or a related link shows of an article. */
export interface ArticleSummary {
  slug: string;
  title: string;
  description: string;
  kicker: string;
  pubDate: Date;
  updatedDate: Date | undefined;
  draft: boolean;
  readingMinutes: number;
  /** The byline's authors, in the order the front matter names them (1 to 4). */
  authors: readonly AuthorSummary[];
  tags: readonly TagSummary[];
  /** The language it is written in. */
  lang: Lang;
  /** The slug in its address: its own, or for a translation its original's (the work's). */
  urlSlug: string;
  /** Site-relative path of its page, with its language's prefix: `ur/articles/<urlSlug>/`. */
  path: string;
}

/** One language's version of a work: an article and its translations are versions of one work. */
export interface Version {
  lang: Lang;
  /** Site-relative path of its page. */
  path: string;
  title: string;
}

/** An article of a series, with its part number. */
export interface SeriesPart {
  part: number;
  article: ArticleSummary;
}

/** Where an article stands in its series: "Part 2 of 4", and the published parts before and after it. */
export interface SeriesPlacement {
  slug: string;
  title: string;
  part: number;
  /** How many parts the series has, scheduled ones included. */
  total: number;
  previous: SeriesPart | undefined;
  next: SeriesPart | undefined;
}

/** A series with its published parts in order (the series page and index). */
export interface SeriesListing {
  slug: string;
  title: string;
  description: string;
  parts: readonly SeriesPart[];
  /** How many parts the series has, scheduled ones included. */
  total: number;
  /** "3 parts". */
  countLabel: string;
}

/** A dated note saying what was wrong in an article and what is right now. */
export interface Correction {
  date: Date;
  text: string;
}

/** A document an article draws on (the `citation` of its structured data). */
export interface ArticleSource {
  title: string;
  publisher: string | undefined;
  url: string;
  date: Date | undefined;
}

/** An article's lead image, as its front matter gives it (`Image` is Astro's image metadata in the build). */
export interface Hero<Image> {
  src: Image;
  alt: string;
  caption?: string | undefined;
  credit?: string | undefined;
}

/** An article's dateline: as printed ("ISLAMABAD"), and the place written out, if given. */
export interface Dateline {
  text: string;
  place?: string | undefined;
}

/** What an article tells search engines and social sites instead of its headline, dek and share card. */
export interface SearchOverrides<Image> {
  title?: string | undefined;
  description?: string | undefined;
  image?: Image | undefined;
  imageAlt?: string | undefined;
}

/** A full article: its summary, the related articles, and the loader's entry (`source`) for rendering. */
export interface Article<Source, Image = unknown> extends ArticleSummary {
  /** The Markdown file, relative to the project root (for "Suggest a correction"). */
  file: string;
  related: readonly ArticleSummary[];
  /** Corrections, oldest first. */
  corrections: readonly Correction[];
  sources: readonly ArticleSource[];
  /** When the article last changed: the latest of pubDate, updatedDate and the corrections (see last-modified.ts). */
  lastModified: Date;
  /** The original's address when the article was first published elsewhere (syndicated); undefined otherwise. */
  canonical: string | undefined;
  hero: Hero<Image> | undefined;
  /** For a published translation, its published original (schema.org translationOfWork). */
  original: Version | undefined;
  /** For an original, its published translations (schema.org workTranslation). */
  translations: readonly Version[];
  /** Every published version of the work, this one included, in the order of the site's languages. */
  versions: readonly Version[];
  /** The article's place in its series, if it is part of one. */
  series: SeriesPlacement | undefined;
  /** Two to five one-sentence key points, shown under the dek; none when the article has none. */
  keyPoints: readonly string[];
  /** Where the article was filed from, and the place written out when the front matter gives it. */
  dateline: Dateline | undefined;
  /** Overrides of the title, description and image for search engines and social sites. */
  seo: SearchOverrides<Image> | undefined;
  /** The address of the social image the build made from `seo.image` (1200×630), if the article has one. */
  socialImage: string | undefined;
  source: Source;
}

export interface TagListing extends TagSummary {
  articles: readonly ArticleSummary[];
  /** "3 articles". */
  countLabel: string;
}

export interface AuthorListing extends AuthorSummary {
  articles: readonly ArticleSummary[];
  /** "3 articles". */
  countLabel: string;
}

/** One language's edition of the site. */
export interface SiteIndex<Source, Image = unknown> {
  lang: Lang;
  /** Published articles in the edition's language, newest first. */
  articles: readonly Article<Source, Image>[];
  articleBySlug: ReadonlyMap<string, Article<Source, Image>>;
  /** The same articles' summaries, in the same order: what listings show. */
  summaries: readonly ArticleSummary[];
  /** Tags that have at least one published article, by display name. */
  tags: readonly TagListing[];
  /** Authors with at least one published article, by name. */
  authors: readonly AuthorListing[];
  /** Published articles by year and month, newest first. */
  archive: readonly YearArchive<ArticleSummary>[];
  /** Series with at least one published part, the one with the newest part first. */
  series: readonly SeriesListing[];
  /** The articles pinned to the top of the home page at the build's "now", newest first (at most 3). */
  pinned: readonly ArticleSummary[];
  /** The standalone pages, by title. */
  standalonePages: readonly PageSummary[];
}

interface Entry<Data> {
  slug: string;
  file: string;
  data: Data;
}

export interface ArticleInput<Source, Image = unknown> extends Entry<{
  title: string;
  description: string;
  kicker: string;
  pubDate: Date;
  updatedDate?: Date | undefined;
  authors: readonly string[];
  tags: readonly string[];
  related: readonly string[];
  draft: boolean;
  corrections?: readonly Correction[] | undefined;
  sources?:
    | readonly { title: string; publisher?: string | undefined; url: string; date?: Date | undefined }[]
    | undefined;
  canonical?: string | undefined;
  hero?: Hero<Image> | undefined;
  lang: Lang;
  translationOf?: string | undefined;
  series?: string | undefined;
  seriesPart?: number | undefined;
  pinUntil?: Date | undefined;
  seo?: SearchOverrides<Image> | undefined;
  keyPoints?: readonly string[] | undefined;
  dateline?: Dateline | undefined;
}> {
  /** The Markdown body (read when first asked for: what is derived from it may be remembered, see `memo`). */
  body: string;
  /**
   * A digest of the article's file (Astro's entry digest), which names its body and front matter: with it, the
   * word count and related articles are taken from `PublishOptions.memo` when it has them.
   */
  digest?: string | undefined;
  source: Source;
}

export interface SiteIndexInput<Source, Image = unknown> {
  articles: readonly ArticleInput<Source, Image>[];
  authors: readonly Entry<{
    name: string;
    bio: string;
    jobTitle?: string | undefined;
    knowsAbout?: readonly string[] | undefined;
    links: readonly { label: string; url: string }[];
    translations?: Translations<{ name: string; bio: string }>;
  }>[];
  tags: readonly Entry<{
    name: string;
    description: string;
    translations?: Translations<{ name: string; description: string }>;
  }>[];
  /** The series files; none when omitted. */
  series?: readonly Entry<{ title: string; description: string }>[];
  /** The standalone pages, with their Markdown and language; none when omitted. */
  pages?: readonly (Entry<{ title: string; description: string; updatedDate: Date; lang: Lang }> & {
    body: string;
  })[];
}

export interface PublishOptions {
  /** Show drafts (the dev server does, production never). */
  includeDrafts: boolean;
  /** The build's "now": articles dated after it are held back. */
  now: Date;
  /** Reading speed for the reading time: one for every language, or each language's. */
  wordsPerMinute: number | Readonly<Record<Lang, number>>;
  /** The address of each article's social image (its `seo.image` as the build cropped it), by slug. */
  socialImages?: ReadonlyMap<string, string>;
  /**
   * Told each edition's articles as soon as they are known, before their related articles are scored (the longest
   * step of the derivation): a build sets their share cards drawing then, on threads of their own (./query.ts).
   */
  onArticles?: (articles: readonly ArticleSummary[]) => void;
  /** Told how long the related-articles computation took, in milliseconds (the benchmark reads it). */
  onRelatedTiming?: (milliseconds: number, articles: number) => void;
  /**
   * Remembers what is derived from bodies between builds (./loaders/derived-memo.ts), by a key naming the articles'
   * digests; without it, or for an article without a digest, everything is computed.
   */
  memo?: <T>(key: string, compute: () => T) => T;
  /**
   * Remembers each article's related-articles terms the same way, in a memo of its own: read only when the
   * related articles are scored again (an article changed), so that a rebuild after no change never loads it.
   */
  termsMemo?: (key: string, compute: () => string) => string;
  /** Related lists already scored for this build, by `relatedKey`: used when an edition's key is among them. */
  relatedAhead?: ReadonlyMap<string, RelatedLists>;
}

/** Newest first; the slug breaks ties so every build orders the same way. */
export function byNewest(a: { pubDate: Date; slug: string }, b: { pubDate: Date; slug: string }): number {
  return b.pubDate.getTime() - a.pubDate.getTime() || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/** The default language's edition, for a site (or a test) written in it alone; `buildEditions` gives all. */
export function buildSiteIndex<Source, Image = unknown>(
  input: SiteIndexInput<Source, Image>,
  options: PublishOptions,
): SiteIndex<Source, Image> {
  const edition = buildEditions(input, options).get(DEFAULT_LANGUAGE);
  if (!edition) throw new Error(`site index: no published article in "${DEFAULT_LANGUAGE}"`);
  return edition;
}

/**
 * Checks the cross-file rules (throwing a ContentError listing every problem), then derives the edition of
 * every language that has a published article, in the order of the site's languages.
 */
export function buildEditions<Source, Image = unknown>(
  input: SiteIndexInput<Source, Image>,
  options: PublishOptions,
): ReadonlyMap<Lang, SiteIndex<Source, Image>> {
  const translated = (entries: readonly Entry<{ translations?: Translations<unknown> }>[]) =>
    new Map(entries.map((e) => [e.slug, new Set(Object.keys(e.data.translations ?? {}) as Lang[])]));
  const problems = findContentProblems({
    articles: input.articles.map((a) => ({ ...a.data, slug: a.slug, file: a.file })),
    authorSlugs: new Set(input.authors.map((a) => a.slug)),
    tagSlugs: new Set(input.tags.map((t) => t.slug)),
    series: input.series ?? [],
    now: options.now,
    otherFiles: [...input.authors, ...input.tags, ...(input.series ?? [])],
    translated: { authors: translated(input.authors), tags: translated(input.tags) },
  });
  if (input.articles.length === 0) {
    problems.push({
      file: 'content/articles/',
      field: 'articles',
      message:
        'no articles were found; expected Markdown files in the content folder (check DISPATCH_CONTENT_DIR)',
    });
  }
  if (problems.length > 0) throw new ContentError(problems);

  const published = input.articles.filter((a) => isPublished(a.data, options));
  // The versions of each work (an original and its translations), by the work's slug: the original's.
  const versionsOf = new Map<string, Version[]>();
  /** The original of each work, by the work's slug: the version that is not a translation. */
  const originals = new Map<string, Version>();
  for (const { slug, data } of published) {
    const work = data.translationOf ?? slug;
    const version = { lang: data.lang, path: localized(data.lang, routes.article(work)), title: data.title };
    versionsOf.set(work, [...(versionsOf.get(work) ?? []), version]);
    if (data.translationOf === undefined) originals.set(work, version);
  }
  for (const versions of versionsOf.values())
    versions.sort((a, b) => LANGUAGES.indexOf(a.lang) - LANGUAGES.indexOf(b.lang));

  const editions = new Map<Lang, SiteIndex<Source, Image>>();
  for (const [lang, inLanguage] of byLanguage(published))
    editions.set(lang, buildEdition(lang, inLanguage, input, options, { versionsOf, originals }));
  return editions;
}

/**
 * Scores the related articles of one edition's published articles (src/lib/related/related-articles.ts), taking
 * each article's terms from `termsMemo` when it remembers them under the article's digest.
 */
export function scoreRelated(
  published: readonly RelatedSource[],
  termsMemo?: PublishOptions['termsMemo'],
): RelatedLists {
  const digests = new Map(published.map((a) => [a.slug, a.digest]));
  const computed = relatedArticles(
    published.map((a) => ({
      slug: a.slug,
      ...a.data,
      // Read only for an article whose terms are not remembered.
      get body() {
        return a.body;
      },
    })),
    {},
    (input, extract) => {
      const digest = digests.get(input.slug);
      if (digest === undefined || !termsMemo) return extract();
      // Terms extracted now are used as they are: unpacking their packed copy would only make garbage.
      let extracted: ArticleTerms | undefined;
      const packed = termsMemo(`terms:${input.slug}:${digest}`, () => packTerms((extracted = extract())));
      return extracted ?? unpackTerms(packed);
    },
  );
  return [...computed];
}

/** The edition of one language from its published articles. */
function buildEdition<Source, Image>(
  lang: Lang,
  published: readonly ArticleInput<Source, Image>[],
  input: SiteIndexInput<Source, Image>,
  options: PublishOptions,
  works: { versionsOf: ReadonlyMap<string, readonly Version[]>; originals: ReadonlyMap<string, Version> },
): SiteIndex<Source, Image> {
  const { locale } = languages[lang];
  // Authors and tags named in the edition's language (the content rules make sure they are).
  const authors = new Map(
    input.authors.map(({ slug, data: { translations, ...data } }) => [
      slug,
      { slug, ...data, ...(lang === DEFAULT_LANGUAGE ? {} : translations?.[lang]) },
    ]),
  );
  const tags = new Map(
    input.tags.map(({ slug, data: { translations, ...data } }) => [
      slug,
      { slug, ...data, ...(lang === DEFAULT_LANGUAGE ? {} : translations?.[lang]) },
    ]),
  );
  const wordsPerMinute =
    typeof options.wordsPerMinute === 'number' ? options.wordsPerMinute : options.wordsPerMinute[lang];

  const memo = <T>(key: string | undefined, compute: () => T): T =>
    key !== undefined && options.memo ? options.memo(key, compute) : compute();

  const summaries = new Map<string, ArticleSummary>();
  for (const article of published) {
    const { slug, data, digest } = article;
    const words = memo(digest === undefined ? undefined : `words:${slug}:${digest}`, () =>
      countWords(article.body),
    );
    const urlSlug = data.translationOf ?? slug;
    summaries.set(slug, {
      slug,
      title: data.title,
      description: data.description,
      kicker: data.kicker,
      pubDate: data.pubDate,
      updatedDate: data.updatedDate,
      draft: data.draft,
      readingMinutes: readingMinutes(words, wordsPerMinute),
      authors: data.authors.map((a) => lookup(authors, a)),
      tags: data.tags.map((t) => lookup(tags, t)),
      lang,
      urlSlug,
      path: localized(lang, routes.article(urlSlug)),
    });
  }

  options.onArticles?.([...summaries.values()]);

  // Curated related articles first, then computed ones (src/lib/related/related-articles.ts), for every article
  // of the language at once: related articles stay within it. A curated article that is held back (scheduled)
  // is skipped, not an error: it will appear once published.
  // Remembered under the slugs and digests of the language's published articles: any edit scores them again.
  // A build has usually scored them already, on a thread of their own while Vite built (./loaders/related-ahead.ts).
  const key = relatedKey(lang, published);
  const related = new Map(
    memo(key, () => {
      const ahead = key === undefined ? undefined : options.relatedAhead?.get(key);
      if (ahead) return ahead;
      const started = performance.now();
      const computed = scoreRelated(published, options.termsMemo);
      options.onRelatedTiming?.(performance.now() - started, published.length);
      return computed;
    }),
  );
  const series = seriesOf(lang, input, options, summaries);
  const articles = published
    .map((input): Article<Source, Image> => {
      const summary = lookup(summaries, input.slug);
      const versions = works.versionsOf.get(summary.urlSlug) ?? [];
      const isTranslation = input.data.translationOf !== undefined;
      return {
        ...summary,
        file: input.file,
        related: (related.get(input.slug) ?? []).map((slug) => lookup(summaries, slug)),
        corrections: [...(input.data.corrections ?? [])].sort((a, b) => a.date.getTime() - b.date.getTime()),
        sources: (input.data.sources ?? []).map((source) => ({
          title: source.title,
          publisher: source.publisher,
          url: source.url,
          date: source.date,
        })),
        lastModified: lastModified(input.data),
        canonical: input.data.canonical,
        hero: input.data.hero,
        // Only published versions are linked: a translation of a draft stands alone until its original is out.
        original: isTranslation ? works.originals.get(summary.urlSlug) : undefined,
        translations: isTranslation ? [] : versions.filter((v) => v.lang !== lang),
        versions,
        series: series.placements.get(input.slug),
        keyPoints: input.data.keyPoints ?? [],
        dateline: input.data.dateline,
        seo: input.data.seo,
        socialImage: options.socialImages?.get(input.slug),
        source: input.source,
      };
    })
    .sort(byNewest);

  // Listings hold the articles' summaries, not the articles: a page's cache key digests everything it is handed
  // (page-key.ts), so a listing of whole articles would be rendered again whenever a listed article's body or
  // related links changed, though it shows neither.
  const listed = articles.map((a) => lookup(summaries, a.slug));
  // One pass over the articles groups them by tag and by author (already newest first).
  const byTag = groupBy(listed, (a) => a.tags.map((t) => t.slug));
  const byAuthor = groupBy(listed, (a) => a.authors.map((author) => author.slug));
  const articleCount = dictionaryOf(lang).listings.articles;
  const listing = <T extends { slug: string }>(items: Iterable<T>, groups: Map<string, ArticleSummary[]>) =>
    [...items].flatMap((item) => {
      const listed = groups.get(item.slug);
      return listed
        ? [{ ...item, articles: listed, countLabel: plural(articleCount, listed.length, lang) }]
        : [];
    });
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, locale);

  return {
    lang,
    articles,
    articleBySlug: new Map(articles.map((a) => [a.slug, a])),
    summaries: listed,
    tags: listing(tags.values(), byTag).sort(byName),
    authors: listing(authors.values(), byAuthor).sort(byName),
    archive: archiveByYear(listed),
    series: series.listings,
    pinned: published
      .filter((a) => isPinned(a.data, options.now))
      .map((a) => lookup(summaries, a.slug))
      .sort(byNewest)
      .slice(0, MAX_PINS),
    standalonePages: (input.pages ?? [])
      .filter((page) => page.data.lang === lang)
      .map((page) => ({
        slug: page.slug,
        title: page.data.title,
        description: page.data.description,
        updatedDate: page.data.updatedDate,
        template: templateLines(page.body).length > 0,
      }))
      .sort((a, b) => a.title.localeCompare(b.title, locale)),
  };
}

/**
 * Every series with its parts numbered (./series.ts) among the edition's articles of this build's scope,
 * scheduled ones included so that numbers do not shift when they come out; only published parts are listed and
 * linked. A series is numbered within each language: a translated part joins the series under its own `series:`.
 */
function seriesOf(
  lang: Lang,
  input: SiteIndexInput<unknown>,
  options: PublishOptions,
  published: ReadonlyMap<string, ArticleSummary>,
): { listings: SeriesListing[]; placements: Map<string, SeriesPlacement> } {
  const inScope = input.articles.filter(
    (a) => a.data.lang === lang && (options.includeDrafts || !a.data.draft),
  );
  const members = Map.groupBy(
    inScope.filter((a) => a.data.series !== undefined),
    (a) => a.data.series ?? '',
  );
  const listings: SeriesListing[] = [];
  const placements = new Map<string, SeriesPlacement>();
  for (const entry of input.series ?? []) {
    const numbered = numberSeries(
      (members.get(entry.slug) ?? []).map((a) => ({
        slug: a.slug,
        pubDate: a.data.pubDate,
        seriesPart: a.data.seriesPart,
      })),
    );
    const parts = numbered.parts.flatMap(({ part, member }) => {
      const article = published.get(member.slug);
      return article ? [{ part, article }] : [];
    });
    if (parts.length === 0) continue;
    listings.push({
      slug: entry.slug,
      title: entry.data.title,
      description: entry.data.description,
      parts,
      total: numbered.total,
      countLabel: plural(dictionaryOf(lang).editorial.partCount, parts.length, lang),
    });
    parts.forEach(({ part, article }, i) => {
      placements.set(article.slug, {
        slug: entry.slug,
        title: entry.data.title,
        part,
        total: numbered.total,
        previous: parts[i - 1],
        next: parts[i + 1],
      });
    });
  }
  const newest = (s: SeriesListing) => Math.max(...s.parts.map((p) => p.article.pubDate.getTime()));
  listings.sort((a, b) => newest(b) - newest(a) || a.title.localeCompare(b.title, languages[lang].locale));
  return { listings, placements };
}

/** Groups items under every key `keys` gives them, keeping their order. */
function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/** A map entry that the content rules guarantee to exist; a miss is a bug in this module, not in content. */
function lookup<T>(map: ReadonlyMap<string, T>, key: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`site index: "${key}" is missing after validation`);
  return value;
}
