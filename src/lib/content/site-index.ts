import { editorialStrings } from '../../config/editorial-strings.ts';
import { countOf } from '../format.ts';
import { archiveByYear, type YearArchive } from '../listings/archive.ts';
import { ContentError, findContentProblems } from './rules.ts';
import { lastModified } from './last-modified.ts';
import { countWords, readingMinutes } from './reading-time.ts';
import { relatedArticles } from '../related/related-articles.ts';
import { isPinned, MAX_PINS } from './pins.ts';
import { numberSeries } from './series.ts';
import { templateLines } from './standards.ts';

/**
 * Derives everything the pages show from the validated entries, once per build: published articles
 * newest first, their authors, tags and related articles, and the listings by tag and author.
 * Pure: it takes plain records, so it is unit-tested without Astro.
 */

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

export interface SiteIndex<Source, Image = unknown> {
  /** Published articles, newest first. */
  articles: readonly Article<Source, Image>[];
  articleBySlug: ReadonlyMap<string, Article<Source, Image>>;
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
  pages: readonly PageSummary[];
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
  series?: string | undefined;
  seriesPart?: number | undefined;
  pinUntil?: Date | undefined;
  seo?: SearchOverrides<Image> | undefined;
  keyPoints?: readonly string[] | undefined;
  dateline?: Dateline | undefined;
}> {
  body: string;
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
  }>[];
  tags: readonly Entry<{ name: string; description: string }>[];
  /** The series files; none when omitted. */
  series?: readonly Entry<{ title: string; description: string }>[];
  /** The standalone pages, with their Markdown; none when omitted. */
  pages?: readonly (Entry<{ title: string; description: string; updatedDate: Date }> & { body: string })[];
}

export interface PublishOptions {
  /** Show drafts (the dev server does, production never). */
  includeDrafts: boolean;
  /** The build's "now": articles dated after it are held back. */
  now: Date;
  wordsPerMinute: number;
  /** The address of each article's social image (its `seo.image` as the build cropped it), by slug. */
  socialImages?: ReadonlyMap<string, string>;
  /** Told how long the related-articles computation took, in milliseconds (the benchmark reads it). */
  onRelatedTiming?: (milliseconds: number, articles: number) => void;
}

/** Whether an article is visible in this build. */
export function isPublished(data: { draft: boolean; pubDate: Date }, options: PublishOptions): boolean {
  return (options.includeDrafts || !data.draft) && data.pubDate.getTime() <= options.now.getTime();
}

/** Newest first; the slug breaks ties so every build orders the same way. */
export function byNewest(a: { pubDate: Date; slug: string }, b: { pubDate: Date; slug: string }): number {
  return b.pubDate.getTime() - a.pubDate.getTime() || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en');

/** Checks the cross-file rules (throwing a ContentError listing every problem), then derives the index. */
export function buildSiteIndex<Source, Image = unknown>(
  input: SiteIndexInput<Source, Image>,
  options: PublishOptions,
): SiteIndex<Source, Image> {
  const problems = findContentProblems({
    articles: input.articles.map((a) => ({ ...a.data, slug: a.slug, file: a.file })),
    authorSlugs: new Set(input.authors.map((a) => a.slug)),
    tagSlugs: new Set(input.tags.map((t) => t.slug)),
    series: input.series ?? [],
    now: options.now,
    otherFiles: [...input.authors, ...input.tags, ...(input.series ?? [])],
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

  const authors = new Map(input.authors.map((a) => [a.slug, { slug: a.slug, ...a.data }]));
  const tags = new Map(input.tags.map((t) => [t.slug, { slug: t.slug, ...t.data }]));

  const published = input.articles.filter((a) => isPublished(a.data, options));
  const summaries = new Map<string, ArticleSummary>();
  for (const { slug, data, body } of published) {
    summaries.set(slug, {
      slug,
      title: data.title,
      description: data.description,
      kicker: data.kicker,
      pubDate: data.pubDate,
      updatedDate: data.updatedDate,
      draft: data.draft,
      readingMinutes: readingMinutes(countWords(body), options.wordsPerMinute),
      authors: data.authors.map((a) => lookup(authors, a)),
      tags: data.tags.map((t) => lookup(tags, t)),
    });
  }

  // Curated related articles first, then computed ones (src/lib/related/related-articles.ts), for every article at once.
  // A curated article that is held back (scheduled) is skipped, not an error: it will appear once published.
  const relatedStarted = performance.now();
  const related = relatedArticles(published.map(({ slug, data, body }) => ({ slug, body, ...data })));
  options.onRelatedTiming?.(performance.now() - relatedStarted, published.length);
  const series = seriesOf(input, options, summaries);
  const articles = published
    .map((input): Article<Source, Image> => ({
      ...lookup(summaries, input.slug),
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
      series: series.placements.get(input.slug),
      keyPoints: input.data.keyPoints ?? [],
      dateline: input.data.dateline,
      seo: input.data.seo,
      socialImage: options.socialImages?.get(input.slug),
      source: input.source,
    }))
    .sort(byNewest);

  // One pass over the articles groups them by tag and by author (already newest first).
  const byTag = groupBy(articles, (a) => a.tags.map((t) => t.slug));
  const byAuthor = groupBy(articles, (a) => a.authors.map((author) => author.slug));
  const listing = <T extends { slug: string }>(items: Iterable<T>, groups: Map<string, ArticleSummary[]>) =>
    [...items].flatMap((item) => {
      const listed = groups.get(item.slug);
      return listed ? [{ ...item, articles: listed, countLabel: countOf(listed.length, 'article') }] : [];
    });

  return {
    articles,
    articleBySlug: new Map(articles.map((a) => [a.slug, a])),
    tags: listing(tags.values(), byTag).sort(byName),
    authors: listing(authors.values(), byAuthor).sort(byName),
    archive: archiveByYear(articles),
    series: series.listings,
    pinned: published
      .filter((a) => isPinned(a.data, options.now))
      .map((a) => lookup(summaries, a.slug))
      .sort(byNewest)
      .slice(0, MAX_PINS),
    pages: (input.pages ?? [])
      .map((page) => ({
        slug: page.slug,
        title: page.data.title,
        description: page.data.description,
        updatedDate: page.data.updatedDate,
        template: templateLines(page.body).length > 0,
      }))
      .sort((a, b) => a.title.localeCompare(b.title, 'en')),
  };
}

/**
 * Every series with its parts numbered (./series.ts) among the articles of this build's scope, scheduled ones
 * included so that numbers do not shift when they come out; only published parts are listed and linked.
 */
function seriesOf(
  input: SiteIndexInput<unknown>,
  options: PublishOptions,
  published: ReadonlyMap<string, ArticleSummary>,
): { listings: SeriesListing[]; placements: Map<string, SeriesPlacement> } {
  const inScope = input.articles.filter((a) => options.includeDrafts || !a.data.draft);
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
      countLabel: editorialStrings.partCount(parts.length),
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
  listings.sort((a, b) => newest(b) - newest(a) || a.title.localeCompare(b.title, 'en'));
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
