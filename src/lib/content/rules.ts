import { DEFAULT_LANGUAGE, type Lang } from '../../config/languages.ts';
import { bodyImages, hasParagraph, isLocalImage } from '../markdown/body.ts';
import { SLUG_PATTERN } from './schema.ts';
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
  author: string | undefined;
  tags: readonly string[] | undefined;
  related: readonly string[] | undefined;
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
  /** Files of authors and tags, so their file names can be checked too. */
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

/** "content/articles/x.md:4: author: unknown author …" */
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
    if (article.author !== undefined && !facts.authorSlugs.has(article.author)) {
      problems.push({
        file,
        field: 'author',
        message: unknown('author', 'content/authors/', article.author, facts.authorSlugs),
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
      if (article.author !== undefined && facts.authorSlugs.has(article.author)) {
        if (facts.translated.authors.get(article.author)?.has(lang) === false)
          problems.push({
            file,
            field: 'author',
            message: untranslated('author', article.author, 'content/authors/', lang, 'name and bio'),
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
    else if (!original) continue; // Its front matter failed its schema, which reports that.
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
      .filter((p) => (p.slug === POLICY_SLUG && p.translationOf === undefined) || p.translationOf === POLICY_SLUG)
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
