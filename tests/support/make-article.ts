import { z } from 'astro/zod';
import { articleSchema, authorSchema, seriesSchema, tagSchema } from '../../src/lib/content/schema.ts';
import type { Lang } from '../../src/config/languages.ts';
import {
  buildEditions,
  buildSiteIndex,
  type ArticleInput,
  type PublishOptions,
  type SiteIndex,
  type SiteIndexInput,
} from '../../src/lib/content/site-index.ts';

/**
 * Content for unit tests, made the way the build makes it: front matter as an editor writes it (dates as text),
 * parsed by the real schemas of src/lib/content/schema.ts, so that a fixture can never hold what the build would
 * refuse or lack what it would fill in (defaults, dates as Date). One helper for every test that needs articles.
 */

/** Front matter as written in YAML: `{ pubDate: '2024-01-10', tags: ['world'] }`. */
export type Fields = Readonly<Record<string, unknown>>;

/** The article schema with the hero's `src` as a plain path, as the command-line tools check it. */
const fixtureArticleSchema = articleSchema(z.string());

/** The front matter every fixture article starts from; `fields` override it, `undefined` removes a field. */
const defaultArticle: Fields = {
  description: 'A fixture article.',
  kicker: 'News',
  pubDate: '2024-01-10',
  authors: ['ann'],
  tags: ['world'],
};

/** Parses `fields` with `schema`, failing the test with the schema's own messages when they are not valid. */
function parsed<T>(schema: z.ZodType<T>, what: string, fields: Fields): T {
  const result = schema.safeParse(fields);
  if (!result.success) throw new Error(`fixture ${what}: ${z.prettifyError(result.error)}`);
  return result.data;
}

/** An article as the site index receives it; `source` is its slug (the build's is Astro's entry). */
export function makeArticle(
  slug: string,
  fields: Fields = {},
  body = 'Words of the article, enough to read.',
): ArticleInput<string, string> {
  const merged: Fields = { title: `The ${slug} story`, ...defaultArticle, ...fields };
  const written = Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined));
  return {
    slug,
    file: `content/articles/${slug}.md`,
    data: parsed(fixtureArticleSchema, `article ${slug}`, written),
    body,
    source: slug,
  };
}

/** An author file's entry: `content/authors/<slug>.yaml`. */
export function makeAuthor(slug: string, fields: Fields = {}): SiteIndexInput<string>['authors'][number] {
  const data = parsed(authorSchema, `author ${slug}`, { name: slug, bio: `${slug} writes.`, ...fields });
  return { slug, file: `content/authors/${slug}.yaml`, data };
}

/** A tag file's entry: `content/tags/<slug>.yaml`. */
export function makeTag(slug: string, fields: Fields = {}): SiteIndexInput<string>['tags'][number] {
  const data = parsed(tagSchema, `tag ${slug}`, { name: slug, description: `About ${slug}.`, ...fields });
  return { slug, file: `content/tags/${slug}.yaml`, data };
}

/** A series file's entry: `content/series/<slug>.yaml`. */
export function makeSeries(
  slug: string,
  fields: Fields = {},
): NonNullable<SiteIndexInput<string>['series']>[number] {
  const data = parsed(seriesSchema, `series ${slug}`, {
    title: `The ${slug} series`,
    description: `About the ${slug} series.`,
    ...fields,
  });
  return { slug, file: `content/series/${slug}.yaml`, data };
}

/** The authors and tags fixture articles refer to by default, each named in Urdu too. */
export const defaultAuthors = [
  makeAuthor('ann', {
    name: 'Ann',
    bio: 'Writes.',
    translations: { ur: { name: 'این', bio: 'لکھتی ہیں۔' } },
  }),
  makeAuthor('bob', { name: 'Bob', bio: 'Edits.', translations: { ur: { name: 'باب', bio: 'مدیر ہیں۔' } } }),
];
export const defaultTags = [
  makeTag('world', {
    name: 'World',
    description: 'The world.',
    translations: { ur: { name: 'دنیا', description: 'دنیا بھر کی خبریں۔' } },
  }),
  makeTag('asia', {
    name: 'Asia',
    description: 'Asia.',
    translations: { ur: { name: 'ایشیا', description: 'ایشیا کی خبریں۔' } },
  }),
];

/** A site's content: the articles, with the default authors and tags (and no series) unless others are given. */
export function siteInput(
  articles: readonly ArticleInput<string, string>[],
  {
    authors = defaultAuthors,
    tags = defaultTags,
    series = [],
  }: Partial<Pick<SiteIndexInput<string, string>, 'authors' | 'tags' | 'series'>> = {},
): SiteIndexInput<string, string> {
  return { articles, authors, tags, series };
}

/** A production build's publishing options at a fixed "now" (the build date). */
export const publishOptions: PublishOptions = {
  includeDrafts: false,
  now: new Date('2024-06-01T12:00:00Z'),
  wordsPerMinute: 200,
};

/** The site index of some fixture articles (and other authors and tags, if given), built by the real builder. */
export function makeSiteIndex(
  articles: readonly ArticleInput<string, string>[],
  options: Partial<PublishOptions> = {},
  content: Parameters<typeof siteInput>[1] = {},
): SiteIndex<string, string> {
  return buildSiteIndex(siteInput(articles, content), { ...publishOptions, ...options });
}

/** Every language's edition of some fixture articles, built by the real builder. */
export function makeEditions(
  articles: readonly ArticleInput<string, string>[],
  options: Partial<PublishOptions> = {},
): ReadonlyMap<Lang, SiteIndex<string, string>> {
  return buildEditions(siteInput(articles), { ...publishOptions, ...options });
}
