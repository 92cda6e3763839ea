import { DEFAULT_LANGUAGE, type Lang } from '../../config/languages.ts';
import { bodyImages, hasParagraph, isLocalImage } from '../markdown/body.ts';
import { SLUG_PATTERN } from './schema.ts';
import { isoDay } from '../format.ts';
import { busiestPins, MAX_PINS, pinIsOver } from './pins.ts';
import { nearest } from './suggest.ts';

/**
 * The content rules beyond each file's schema: references between articles, authors and tags, slugs, and
 * an article's Markdown text (its paragraphs and images). `content:check` and the build's first step
 * (src/lib/content/validate.ts) apply them all; the site index (src/lib/content/query.ts) applies the cross-file ones
 * again to the entries it loads.
 */

/** One problem in one file, worded for an editor. */
export interface ContentProblem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** The front-matter field (or "body", "file name"). */
  field: string;
  /** What is wrong and what was expected. */
  message: string;
  /** 1-based line in the file (in the body, for body problems), where known. */
  line?: number;
}

/** The parts of an article these rules look at. */
export interface ArticleReferences {
  slug: string;
  file: string;
  /** The references below are undefined when the front matter gave no usable value (its schema reports that). */
  authors: readonly string[] | undefined;
  tags: readonly string[] | undefined;
  related: readonly string[] | undefined;
  /** The series the article is part of, and its part number when the front matter gives one. */
  series?: string | undefined;
  seriesPart?: number | undefined;
  /** The publication date and the pin's last day; undefined when the front matter gave no usable value. */
  pubDate?: Date | undefined;
  pinUntil?: Date | undefined;
  draft: boolean;
  /** The language it is written in (the default when the front matter gave no usable value). */
  lang: Lang;
  /** For a translation, the slug of its original. */
  translationOf?: string | undefined;
}

/** A piece that may be a translation: an article or a standalone page. */
export interface TranslatableReferences {
  slug: string;
  file: string;
  lang: Lang;
  translationOf?: string | undefined;
}

/** Everything the rules need: the articles and the slugs that exist in the other collections. */
export interface ContentFacts {
  articles: readonly ArticleReferences[];
  /** Every article slug, including articles whose front matter failed its schema (default: those of `articles`). */
  articleSlugs?: ReadonlySet<string>;
  authorSlugs: ReadonlySet<string>;
  tagSlugs: ReadonlySet<string>;
  /** The series files (`content/series/<slug>.yaml`); none when omitted. */
  series?: readonly { slug: string; file: string }[];
  /** The moment of the check (the build date): pins are checked from then on. No pin is checked without it. */
  now?: Date;
  /** Files of authors, tags and series, so their file names can be checked too. */
  otherFiles?: readonly { slug: string; file: string }[];
  /**
   * The languages other than the default each author and tag has a name in (`translations:`); an article in
   * one of them needs its author and tags named in it. An author or tag left out (its file failed its schema,
   * which reports that) and everything without this count as named.
   */
  translated?: {
    authors: ReadonlyMap<string, ReadonlySet<Lang>>;
    tags: ReadonlyMap<string, ReadonlySet<Lang>>;
  };
  /** The standalone pages (the Data Protection Policy and its translations), when they are checked too. */
  pages?: readonly TranslatableReferences[];
}

/** Thrown when content breaks a rule: lists every problem, one per line. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(
      `${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** "content/articles/x.md:4: authors: unknown author …" */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}: ${problem.field}: ${problem.message}`;
}

/** 'unknown tag "politcs"; expected the slug of a file in content/tags/ (did you mean "politics"?)' */
export function unknown(kind: string, folder: string, slug: string, known: Iterable<string>): string {
  const guess = nearest(slug, known);
  return (
    `unknown ${kind} "${slug}"; expected the slug of a file in ${folder}` +
    (guess ? ` (did you mean "${guess}"?)` : '')
  );
}

/** Lines of a Markdown body that are placeholders left by `npm run new` or `npm run import` ("TODO: …"). */
function todoLines(body: string): { text: string; line: number }[] {
  return body
    .split('\n')
    .map((text, index) => ({ text: text.trim(), line: index + 1 }))
    .filter(({ text }) => /^TODO\b/.test(text));
}

/**
 * Problems in an article's Markdown text alone, each with its line in the body: no paragraph of text,
 * placeholders left in it, images without alt text, reference images without a definition, and (through
 * `exists`, given the path relative to the article's folder) image files that are not there.
 */
export function bodyProblems(
  file: string,
  body: string,
  exists: (relativePath: string) => boolean = () => true,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (!hasParagraph(body)) {
    problems.push({
      file,
      field: 'body',
      message:
        'the article has no text; expected at least one paragraph under the front matter (a heading, image or code block alone is not an article)',
      line: 1,
    });
  }
  for (const { text, line } of todoLines(body)) {
    problems.push({
      file,
      field: 'body',
      message: `a TODO placeholder is left in the text ("${text}"); expected the article’s own words`,
      line,
    });
  }
  for (const { src, alt, line, undefinedReference } of bodyImages(body)) {
    if (undefinedReference !== undefined) {
      problems.push({
        file,
        field: 'body',
        message: `the image reference [${undefinedReference}] has no definition; expected a line such as [${undefinedReference}]: ./image.png`,
        line,
      });
      continue;
    }
    if (alt === '') {
      problems.push({
        file,
        field: 'body',
        message: `the image "${src}" has no alt text; expected ![what the image shows](${src || './image.png'})`,
        line,
      });
    }
    if (isLocalImage(src) && !exists(safeDecode(src))) {
      problems.push({
        file,
        field: 'body',
        message: `the image "${src}" does not exist; expected an image file beside the article`,
        line,
      });
    }
  }
  return problems;
}

/** A URL-encoded path as a file name ("my%20chart.png" is "my chart.png"); left as written when malformed. */
function safeDecode(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}

/** Every cross-file problem in the content, in file order. An empty list means the content is sound. */
export function findContentProblems(facts: ContentFacts): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const articleSlugs = facts.articleSlugs ?? new Set(facts.articles.map((a) => a.slug));
  const drafts = new Set(facts.articles.filter((a) => a.draft).map((a) => a.slug));
  const languageOf = new Map(facts.articles.map((a) => [a.slug, a.lang]));

  for (const entry of [...facts.articles, ...(facts.otherFiles ?? [])]) {
    if (!SLUG_PATTERN.test(entry.slug)) {
      problems.push({
        file: entry.file,
        field: 'file name',
        message: `"${entry.slug}" is not a valid slug; expected lowercase letters, digits and single hyphens, e.g. "iran-pakistan-strikes.md"`,
      });
    }
  }

  for (const article of facts.articles) {
    const { file } = article;
    const authors = article.authors ?? [];
    for (const author of new Set(authors)) {
      if (!facts.authorSlugs.has(author)) {
        problems.push({
          file,
          field: 'authors',
          message: unknown('author', 'content/authors/', author, facts.authorSlugs),
        });
      }
    }
    if (new Set(authors).size !== authors.length) {
      problems.push({
        file,
        field: 'authors',
        message: 'an author is listed twice; expected each author once',
      });
    }
    const tags = article.tags ?? [];
    for (const tag of new Set(tags)) {
      if (!facts.tagSlugs.has(tag)) {
        problems.push({ file, field: 'tags', message: unknown('tag', 'content/tags/', tag, facts.tagSlugs) });
      }
    }
    if (new Set(tags).size !== tags.length) {
      problems.push({ file, field: 'tags', message: 'a tag is listed twice; expected each tag once' });
    }
    const seen = new Set<string>();
    for (const slug of article.related ?? []) {
      if (seen.has(slug)) {
        problems.push({
          file,
          field: 'related',
          message: `"${slug}" is listed twice; expected each article once`,
        });
      } else if (slug === article.slug) {
        problems.push({
          file,
          field: 'related',
          message: `the article lists itself; expected other articles only`,
        });
      } else if (!articleSlugs.has(slug)) {
        problems.push({
          file,
          field: 'related',
          message: unknown('article', 'content/articles/', slug, articleSlugs),
        });
      } else if (drafts.has(slug) && !article.draft) {
        problems.push({
          file,
          field: 'related',
          message: `"${slug}" is a draft and will not be published; expected published articles only`,
        });
      } else if ((languageOf.get(slug) ?? article.lang) !== article.lang) {
        problems.push({
          file,
          field: 'related',
          message: `"${slug}" is in "${String(languageOf.get(slug))}"; expected articles in the article’s own language, "${article.lang}"`,
        });
      }
      seen.add(slug);
    }
    if (article.lang !== DEFAULT_LANGUAGE && facts.translated) {
      const lang = article.lang;
      for (const author of new Set(article.authors ?? [])) {
        if (facts.authorSlugs.has(author) && facts.translated.authors.get(author)?.has(lang) === false)
          problems.push({
            file,
            field: 'authors',
            message: untranslated('author', author, 'content/authors/', lang, 'name and bio'),
          });
      }
      for (const tag of new Set(tags)) {
        if (facts.tagSlugs.has(tag) && facts.translated.tags.get(tag)?.has(lang) === false)
          problems.push({
            file,
            field: 'tags',
            message: untranslated('tag', tag, 'content/tags/', lang, 'name and description'),
          });
      }
    }
  }
  problems.push(...translationProblems(facts.articles, 'article', 'content/articles/', articleSlugs));
  if (facts.pages) {
    const pageSlugs = new Set(facts.pages.map((p) => p.slug));
    problems.push(...translationProblems(facts.pages, 'page', 'content/pages/', pageSlugs));
    problems.push(...policyProblems(facts.articles, facts.pages));
  }
  problems.push(...seriesProblems(facts), ...pinProblems(facts));
  return problems;
}

/** The message for an author or tag without a name in an article's language. */
function untranslated(kind: string, slug: string, folder: string, lang: Lang, fields: string): string {
  return `the ${kind} "${slug}" has no ${fields} in "${lang}"; expected them under translations: ${lang}: in ${folder}${slug}.yaml`;
}

/**
 * The rules of `translationOf`: it names an existing piece of the same kind, which is an original (not itself
 * a translation) in another language, and an original has at most one translation into each language.
 */
export function translationProblems(
  pieces: readonly TranslatableReferences[],
  kind: string,
  folder: string,
  slugs: ReadonlySet<string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const bySlug = new Map(pieces.map((piece) => [piece.slug, piece]));
  const firstInto = new Map<string, TranslatableReferences>();
  for (const piece of pieces) {
    const { file, translationOf } = piece;
    if (translationOf === undefined) continue;
    const problem = (message: string) => problems.push({ file, field: 'translationOf', message });
    const original = bySlug.get(translationOf);
    if (translationOf === piece.slug) problem(`the ${kind} names itself; expected the slug of its original`);
    else if (!slugs.has(translationOf)) problem(unknown(kind, folder, translationOf, slugs));
    else if (!original)
      continue; // Its front matter failed its schema, which reports that.
    else if (original.translationOf !== undefined)
      problem(
        `"${translationOf}" is itself a translation (of "${original.translationOf}"); expected the slug of the original`,
      );
    else if (original.lang === piece.lang)
      problem(
        `"${translationOf}" is in "${piece.lang}" too; expected a translation into another language than its original’s`,
      );
    else {
      const key = `${translationOf} ${piece.lang}`;
      const first = firstInto.get(key);
      if (first)
        problem(
          `${first.file} already translates "${translationOf}" into "${piece.lang}"; expected one translation into each language`,
        );
      else firstInto.set(key, piece);
    }
  }
  return problems;
}

/** The slug of the Data Protection Policy, whose translations the other languages' pages link to. */
export const POLICY_SLUG = 'data-protection';

/** Every language with a published or draft article needs the Data Protection Policy in that language. */
function policyProblems(
  articles: readonly ArticleReferences[],
  pages: readonly TranslatableReferences[],
): ContentProblem[] {
  const policies = new Set(
    pages
      .filter(
        (p) => (p.slug === POLICY_SLUG && p.translationOf === undefined) || p.translationOf === POLICY_SLUG,
      )
      .map((p) => p.lang),
  );
  const problems: ContentProblem[] = [];
  for (const lang of new Set(articles.map((a) => a.lang))) {
    if (policies.has(lang)) continue;
    const file = articles.find((a) => a.lang === lang)?.file ?? 'content/articles/';
    problems.push({
      file,
      field: 'lang',
      message:
        lang === DEFAULT_LANGUAGE
          ? `there is no Data Protection Policy; expected content/pages/${POLICY_SLUG}.md`
          : `there is no Data Protection Policy in "${lang}" for the articles in it; expected a page in content/pages/ with lang: ${lang} and translationOf: ${POLICY_SLUG}`,
    });
  }
  return problems;
}

/** Pinned articles of the content, as the pin rules see them. */
function pinnable(facts: ContentFacts) {
  return facts.articles.flatMap((article) =>
    article.pubDate && article.pinUntil
      ? [
          {
            file: article.file,
            pubDate: article.pubDate,
            pinUntil: article.pinUntil,
            draft: article.draft,
            lang: article.lang,
          },
        ]
      : [],
  );
}

/**
 * At most MAX_PINS articles pinned at any moment from the check on, on each language's home page; each of them
 * named when there are more.
 */
function pinProblems(facts: ContentFacts): ContentProblem[] {
  const now = facts.now;
  if (!now) return [];
  return [...Map.groupBy(pinnable(facts), (a) => a.lang).values()].flatMap((inLanguage) =>
    tooManyPins(inLanguage, now),
  );
}

/** The pins of one home page, each named when more than MAX_PINS overlap. */
function tooManyPins(articles: ReturnType<typeof pinnable>, now: Date): ContentProblem[] {
  const { at, pinned } = busiestPins(articles, now);
  if (pinned.length <= MAX_PINS) return [];
  return pinned.map((article) => ({
    file: article.file,
    field: 'pinUntil',
    message: `${pinned.length} articles would be pinned at once on ${isoDay(at)} (${pinned
      .filter((other) => other !== article)
      .map((other) => other.file)
      .join(', ')} and this one); expected at most ${MAX_PINS}: end a pin sooner or remove one`,
  }));
}

/**
 * What is worth an editor's attention but cannot break the site: a pin whose last day is over (the article
 * is simply no longer pinned). Never fails the check or the build.
 */
export function findContentWarnings(facts: ContentFacts): ContentProblem[] {
  if (!facts.now) return [];
  const now = facts.now;
  return pinnable(facts)
    .filter((article) => !article.draft && pinIsOver(article, now))
    .map((article) => ({
      file: article.file,
      field: 'pinUntil',
      message: `the pin ended with ${isoDay(article.pinUntil)}, so the article is no longer pinned; expected a day still to come, or no pinUntil`,
    }));
}

/**
 * The rules of series: an article names a series that has a file; part numbers are each claimed once and no
 * larger than the series has articles; every series has at least one article that is not a draft.
 */
function seriesProblems(facts: ContentFacts): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const files = facts.series ?? [];
  const known = new Set(files.map((s) => s.slug));
  for (const article of facts.articles) {
    if (article.series !== undefined && !known.has(article.series))
      problems.push({
        file: article.file,
        field: 'series',
        message: unknown('series', 'content/series/', article.series, known),
      });
  }
  const members = Map.groupBy(
    facts.articles.filter((a) => a.series !== undefined && known.has(a.series)),
    (a) => a.series ?? '',
  );
  // A series is numbered within each language (a translated part joins under its own series: field).
  for (const [slug, articles] of [...members].flatMap(([slug, all]) =>
    [...Map.groupBy(all, (a) => a.lang).values()].map((inLanguage) => [slug, inLanguage] as const),
  )) {
    // Each article claiming a taken part number hears which other files claim it.
    const claims = Map.groupBy(
      articles.filter((a) => a.seriesPart !== undefined),
      (a) => a.seriesPart ?? 0,
    );
    for (const [part, claimants] of claims) {
      for (const article of claimants) {
        if (part > articles.length) {
          problems.push({
            file: article.file,
            field: 'seriesPart',
            message: `expected a part number from 1 to ${articles.length}: the series "${slug}" has ${articles.length} article${articles.length === 1 ? '' : 's'}`,
          });
        } else if (claimants.length > 1) {
          const others = claimants.filter((a) => a !== article).map((a) => a.file);
          problems.push({
            file: article.file,
            field: 'seriesPart',
            message: `part ${part} of the series "${slug}" is also claimed by ${others.join(' and ')}; expected each part number once`,
          });
        }
      }
    }
  }
  for (const series of files) {
    if (!(members.get(series.slug) ?? []).some((a) => !a.draft))
      problems.push({
        file: series.file,
        field: 'series',
        message: `no article is published in this series; expected at least one article (not a draft) with series: ${series.slug}`,
      });
  }
  return problems;
}
