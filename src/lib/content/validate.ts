import { dirname, join } from 'node:path';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import {
  bodyProblems,
  findContentProblems,
  findContentWarnings,
  type ArticleReferences,
  type ContentProblem,
} from './rules.ts';
import { DEFAULT_LANGUAGE, isLang, type Lang } from '../../config/languages.ts';
import {
  articleSchema,
  authorSchema,
  pageSchema,
  RENAMED_KEYS,
  seriesSchema,
  SLUG_PATTERN,
  tagSchema,
} from './schema.ts';
import { templateLines } from './standards.ts';
import { yamlWithTextDates } from './yaml.ts';
import { RESERVED_SLUGS } from '../urls/routes.ts';

/**
 * Validates a content folder: every file against its schema, every article's text, and the rules between
 * files, collecting every problem of every file (each with its line) rather than stopping at the first.
 * This is the one validation of Dispatch: `npm run content:check` prints its verdict, and `astro build` runs
 * it before anything else and stops on any problem (src/integrations/content-check.ts), so what one refuses
 * the other refuses too. Pure: the files come read (./loaders/content-folder.ts reads them, and
 * `checkContentDir` there runs both); runs on plain Node.
 */

export interface ContentCheckResult {
  problems: ContentProblem[];
  /** What deserves attention without failing the check or the build (a pin that is over). */
  warnings: ContentProblem[];
  /** How many files of each collection were read. */
  counts: { articles: number; authors: number; tags: number; series: number; pages: number };
}

/** One file of the content folder, read. */
export interface SourceFile {
  /** Path relative to the working directory, as editors see it in messages. */
  file: string;
  slug: string;
  text: string;
}

/** A content folder as read from disk: its files by collection, and what is wrong with the files themselves. */
export interface ContentFolder {
  /** The folder, as given. */
  dir: string;
  /** `<slug>.md` and `<slug>/index.md` under articles/. */
  articles: SourceFile[];
  /** Markdown under another extension (`.markdown`, `.txt`, …), which the build would not read; text left empty. */
  unreadArticles: SourceFile[];
  authors: SourceFile[];
  tags: SourceFile[];
  /** `content/series/<slug>.yaml`. */
  series: SourceFile[];
  pages: SourceFile[];
  /** Files and folders that the build would not read. */
  problems: ContentProblem[];
  /** Whether a file exists, given its path as the `file` of a SourceFile gives it. */
  exists: (path: string) => boolean;
}

/** The image formats Astro's image pipeline reads (a hero must be one of them). */
const IMAGE_FILE = /\.(?:jpe?g|png|webp|avif|gif|tiff?)$/i;

/** The 1-based line where `key:` is written in the file (after the line of `parent:` when nested). */
export function lineOfKey(text: string, path: readonly PropertyKey[]): number | undefined {
  const keys = path.filter((k): k is string => typeof k === 'string');
  const lines = text.split('\n');
  let from = 0;
  let found: number | undefined;
  for (const key of keys) {
    const pattern = new RegExp(`^\\s*(?:- )?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
    const index = lines.findIndex((line, i) => i >= from && pattern.test(line));
    if (index === -1) break;
    found = index + 1;
    from = index + 1;
  }
  return found;
}

/**
 * Zod issues as editor-facing problems. A field that is missing altogether is reported at line 1,
 * where the front matter starts, so that every problem in a file has a line an editor can jump to.
 */
function schemaProblems(
  source: SourceFile,
  error: z.ZodError,
  raw: unknown,
  renamedKeys: typeof RENAMED_KEYS,
): ContentProblem[] {
  const data = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const renamed = Object.keys(renamedKeys).filter((key) => key in data);
  // An old key stands for its new one: a file that still says `author:` hears how to write `authors:`, once.
  const missingNewKey = (issue: z.core.$ZodIssue) =>
    issue.path.length === 1 &&
    renamed.some((key) => renamedKeys[key]?.to === issue.path[0]) &&
    issue.input === undefined;
  const renamedProblems = renamed.flatMap((key): ContentProblem[] => {
    const rename = renamedKeys[key];
    if (!rename) return [];
    const both = rename.to in data;
    return [
      {
        file: source.file,
        field: key,
        message: both
          ? `"${key}" is now "${rename.to}", which the file also has; expected only ${rename.to} (remove the ${key} line)`
          : `"${key}" is now "${rename.to}"; expected ${rename.write(data[key])}`,
        line: lineOfKey(source.text, [key]) ?? 1,
      },
    ];
  });
  // What is left: every other issue, and unknown keys other than the renamed ones.
  const others = error.issues.filter(
    (issue) =>
      !missingNewKey(issue) &&
      (issue.code !== 'unrecognized_keys' || issue.keys.some((key) => !renamed.includes(key))),
  );
  const problems = others.map((issue): ContentProblem => {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : 'front matter';
    const line =
      lineOfKey(source.text, issue.path) ??
      (issue.code === 'unrecognized_keys' ? lineOfKey(source.text, issue.keys) : undefined) ??
      1;
    return { file: source.file, field, message: issue.message, line };
  });
  return [...renamedProblems, ...problems];
}

/** Front matter between `---` lines at the top of a Markdown file, as Astro finds it. */
const FRONT_MATTER = /^(?:\uFEFF?|\s*\n)---([\s\S]*?\n)---/;

interface Parsed {
  data: unknown;
  body: string;
  /** How many lines of the file come before the body's first line. */
  bodyOffset: number;
}

/** Parses a file's front matter (and body) or YAML, turning a syntax error into a problem. */
function parse(source: SourceFile, kind: 'markdown' | 'data'): Parsed | ContentProblem {
  const match = kind === 'markdown' ? FRONT_MATTER.exec(source.text) : null;
  const yamlText = kind === 'data' ? source.text : (match?.[1] ?? '');
  // The file's 1-based line of YAML's line 0: the line of the opening `---` (the YAML starts right after it).
  const yamlLine = match ? source.text.slice(0, match.index + match[0].indexOf('---')).split('\n').length : 1;
  try {
    const data = yaml.load(yamlText, { schema: yamlWithTextDates, filename: source.file });
    if (kind === 'data' || !match) return { data, body: kind === 'data' ? '' : source.text, bodyOffset: 0 };
    const end = match.index + match[0].length;
    return {
      data,
      body: source.text.slice(end),
      bodyOffset: source.text.slice(0, end).split('\n').length - 1,
    };
  } catch (error) {
    const { mark, reason } = error as { mark?: { line?: number }; reason?: string };
    return {
      file: source.file,
      field: 'front matter',
      message: `not valid YAML: ${reason ?? (error as Error).message.split('\n')[0] ?? ''}`,
      line: (mark?.line ?? 0) + yamlLine,
    };
  }
}

/** The hero's `src` as the tools check it: an image file; whether it exists is checked beside the article. */
const heroSrc = z
  .string({ error: 'expected the path of an image file next to the article, e.g. ./hero.jpg' })
  .refine((src) => IMAGE_FILE.test(src), {
    error: 'expected a JPEG, PNG, WebP, AVIF, GIF or TIFF image, e.g. ./hero.jpg',
  });
const articleFileSchema = articleSchema(heroSrc);

/** The well-formed references of front matter that failed its schema; a malformed one is left out (the schema reported it). */
function usableReferences(data: unknown): Omit<ArticleReferences, 'slug' | 'file'> {
  const raw = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const slug = (value: unknown): value is string => typeof value === 'string' && SLUG_PATTERN.test(value);
  const slugs = (value: unknown) => (Array.isArray(value) ? value.filter(slug) : undefined);
  return {
    authors: slugs(raw['authors']),
    series: slug(raw['series']) ? raw['series'] : undefined,
    seriesPart: typeof raw['seriesPart'] === 'number' ? raw['seriesPart'] : undefined,
    tags: slugs(raw['tags']),
    related: slugs(raw['related']),
    draft: raw['draft'] === true,
    ...usableLanguage(raw),
  };
}

/** The language and original of front matter that failed its schema, as far as they are usable. */
function usableLanguage(raw: Record<string, unknown>): { lang: Lang; translationOf: string | undefined } {
  const original = raw['translationOf'];
  return {
    lang: isLang(raw['lang']) ? raw['lang'] : DEFAULT_LANGUAGE,
    translationOf: typeof original === 'string' && SLUG_PATTERN.test(original) ? original : undefined,
  };
}

/** The languages each author or tag file that passed its schema names it in (`translations:`), by slug. */
function translatedFiles(
  files: readonly { source: SourceFile; data: { translations: object } | undefined }[],
): Map<string, Set<Lang>> {
  return new Map(
    files.flatMap(({ source, data }) =>
      data ? [[source.slug, new Set(Object.keys(data.translations).filter(isLang))] as const] : [],
    ),
  );
}

/** Files that give one slug (`foo.md`, `foo/index.md`, `foo.markdown`): each after the first names the first. */
function duplicateSlugs(files: readonly SourceFile[]): ContentProblem[] {
  return [...Map.groupBy(files, (f) => f.slug).values()].flatMap(([first, ...others]) =>
    others.map((other) => ({
      file: other.file,
      field: 'file name',
      message: `the slug "${other.slug}" is also used by ${first?.file ?? ''}; expected each slug once (rename or remove one of the two files)`,
      line: 1,
    })),
  );
}

/**
 * Checks every file of a content folder (articles, authors, tags, series, pages) and the rules between them;
 * `now` is the moment of the check (the build date), from which pins are checked.
 */
export function validateContent(folder: ContentFolder, now: Date): ContentCheckResult {
  const { dir, exists, unreadArticles } = folder;
  const problems: ContentProblem[] = [...folder.problems];
  const {
    articles: articleFiles,
    authors: authorFiles,
    tags: tagFiles,
    series: seriesFiles,
    pages: pageFiles,
  } = folder;

  /** Validates each file with its schema, collecting the problems; returns every parsed file. */
  function validate<T>(
    files: SourceFile[],
    kind: 'markdown' | 'data',
    schema: z.ZodType<T>,
    renamedKeys: typeof RENAMED_KEYS = {},
  ) {
    const parsed: {
      source: SourceFile;
      data: T | undefined;
      raw: unknown;
      body: string;
      bodyOffset: number;
    }[] = [];
    for (const source of files) {
      const result = parse(source, kind);
      if ('message' in result) {
        problems.push(result);
        continue;
      }
      const checked = schema.safeParse(result.data ?? {});
      if (!checked.success) problems.push(...schemaProblems(source, checked.error, result.data, renamedKeys));
      parsed.push({
        source,
        data: checked.data,
        raw: result.data,
        body: result.body,
        bodyOffset: result.bodyOffset,
      });
    }
    return parsed;
  }

  const articles = validate(articleFiles, 'markdown', articleFileSchema, RENAMED_KEYS);
  const authors = validate(authorFiles, 'data', authorSchema);
  const tags = validate(tagFiles, 'data', tagSchema);
  validate(seriesFiles, 'data', seriesSchema);
  const pages = validate(pageFiles, 'markdown', pageSchema);
  for (const { source } of pages) {
    if (RESERVED_SLUGS.includes(source.slug))
      problems.push({
        file: source.file,
        field: 'file name',
        message: `/${source.slug}/ is a page of the site itself; expected another file name for this page`,
        line: 1,
      });
  }
  for (const files of [[...articleFiles, ...unreadArticles], authorFiles, tagFiles, seriesFiles, pageFiles])
    problems.push(...duplicateSlugs(files));
  const taken = new Set(articleFiles.map((f) => f.slug));
  for (const { file, slug } of unreadArticles.filter((f) => !taken.has(f.slug)))
    problems.push({
      file,
      field: 'file name',
      message: `this file is not read by the build, which reads Markdown from .md files only; expected ${slug}.md`,
    });

  const facts: ArticleReferences[] = [];
  for (const { source, data, raw, body, bodyOffset } of articles) {
    const folder = dirname(source.file);
    // An article whose front matter broke its schema still has its references and body checked, so that
    // one run shows every problem: a bad date does not hide a misspelt tag.
    facts.push({ ...(data ?? usableReferences(raw)), slug: source.slug, file: source.file });
    // The images of the front matter: the hero, and the social image of the search overrides.
    for (const [path, image] of [
      [['hero', 'src'], data?.hero?.src],
      [['seo', 'image'], data?.seo?.image],
    ] as const) {
      if (typeof image === 'string' && !exists(join(folder, image))) {
        problems.push({
          file: source.file,
          field: path.join('.'),
          message: `there is no file "${image}" beside ${source.file}; expected the path of an image file next to the article, e.g. ./hero.jpg`,
          line: lineOfKey(source.text, path) ?? 1,
        });
      }
    }
    for (const problem of bodyProblems(source.file, body, (src) => exists(join(folder, src))))
      problems.push({ ...problem, line: (problem.line ?? 1) + bodyOffset });
  }

  const textOf = new Map(articleFiles.map((f) => [f.file, f.text]));
  const contentFacts = {
    articles: facts,
    articleSlugs: new Set(articleFiles.map((f) => f.slug)),
    authorSlugs: new Set(authorFiles.map((f) => f.slug)),
    tagSlugs: new Set(tagFiles.map((f) => f.slug)),
    series: seriesFiles,
    now,
    otherFiles: [...authorFiles, ...tagFiles, ...seriesFiles],
    translated: {
      authors: translatedFiles(authors),
      tags: translatedFiles(tags),
    },
    pages: pages.map(({ source, data, raw }) => ({
      slug: source.slug,
      file: source.file,
      ...(data ?? usableLanguage((raw ?? {}) as Record<string, unknown>)),
    })),
  };
  const withLine = (problem: ContentProblem): ContentProblem => ({
    ...problem,
    line: problem.line ?? lineOfKey(textOf.get(problem.file) ?? '', [problem.field]) ?? 1,
  });
  problems.push(...findContentProblems(contentFacts).map(withLine));
  const warnings = findContentWarnings(contentFacts).map(withLine);
  // A standards page shipped as a template says so until the operator completes it: a warning, never a failure.
  for (const { source, body, bodyOffset } of pages)
    for (const { text, line } of templateLines(body))
      warnings.push({
        file: source.file,
        field: 'body',
        message: `template text is left ("${text.length > 60 ? `${text.slice(0, 57)}…` : text}"); expected the publication’s own words before launch`,
        line: line + bodyOffset,
      });

  if (articleFiles.length === 0) {
    problems.push({
      file: join(dir, 'articles'),
      field: 'articles',
      message: 'no articles were found; expected Markdown files here',
    });
  }
  // File by file, top to bottom, as an editor works through them.
  const byPlace = (a: ContentProblem, b: ContentProblem) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0);
  problems.sort(byPlace);
  warnings.sort(byPlace);
  return {
    problems,
    warnings,
    counts: {
      articles: articleFiles.length,
      authors: authorFiles.length,
      tags: tagFiles.length,
      series: seriesFiles.length,
      pages: pageFiles.length,
    },
  };
}
