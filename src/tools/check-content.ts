import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { findContentProblems, type ArticleFacts, type ContentProblem } from '../lib/content-rules.ts';
import { articleSchema, authorSchema, pageSchema, SLUG_PATTERN, tagSchema } from '../lib/schema.ts';

/**
 * Validates a content folder without building the site: the same schemas and cross-file rules as the build,
 * but every problem in every file is collected (the build stops at the first bad file), each with its line.
 * Runs on plain Node, for `npm run content:check` and the tests.
 */

export interface ContentCheckResult {
  problems: ContentProblem[];
  /** How many files of each collection were read. */
  counts: { articles: number; authors: number; tags: number; pages: number };
}

interface SourceFile {
  /** Path relative to the working directory, as editors see it in messages. */
  file: string;
  slug: string;
  text: string;
}

/** A path as editors see it: relative to the working directory when inside it. */
function display(path: string): string {
  const rel = relative('.', path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/** `foo.md` and `foo/index.md` under `folder`, or `*.yaml`/`*.yml` when `kind` is data. */
function listFiles(folder: string, kind: 'markdown' | 'data', allowIndex: boolean): SourceFile[] {
  if (!existsSync(folder)) return [];
  const files: SourceFile[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isFile()) {
      const match = kind === 'markdown' ? /^(.*)\.md$/.exec(entry.name) : /^(.*)\.ya?ml$/.exec(entry.name);
      if (match?.[1]) files.push({ file: display(path), slug: match[1], text: readFileSync(path, 'utf8') });
    } else if (entry.isDirectory() && allowIndex && existsSync(join(path, 'index.md'))) {
      files.push({
        file: display(join(path, 'index.md')),
        slug: entry.name,
        text: readFileSync(join(path, 'index.md'), 'utf8'),
      });
    }
  }
  return files.sort((a, b) => (a.file < b.file ? -1 : 1));
}

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

/** The 1-based line of the first occurrence of `needle`. */
function lineOfText(text: string, needle: string): number | undefined {
  const index = text.indexOf(needle);
  return index === -1 ? undefined : text.slice(0, index).split('\n').length;
}

/**
 * Zod issues as editor-facing problems. A field that is missing altogether is reported at line 1,
 * where the front matter starts, so that every problem in a file has a line an editor can jump to.
 */
function schemaProblems(source: SourceFile, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : 'front matter';
    const line =
      lineOfKey(source.text, issue.path) ??
      (issue.code === 'unrecognized_keys' ? lineOfKey(source.text, issue.keys) : undefined) ??
      1;
    return { file: source.file, field, message: issue.message, line };
  });
}

/** Parses a file's front matter or YAML, turning a syntax error into a problem. */
function parse(
  source: SourceFile,
  kind: 'markdown' | 'data',
): { data: unknown; body: string } | ContentProblem {
  try {
    if (kind === 'data') return { data: yaml.load(source.text), body: '' };
    const { frontmatter, content } = parseFrontmatter(source.text);
    return { data: frontmatter, body: content };
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    return {
      file: source.file,
      field: 'front matter',
      message: `not valid YAML: ${(error as Error).message.split('\n')[0] ?? ''}`,
      ...(mark?.line === undefined ? {} : { line: mark.line + 1 }),
    };
  }
}

/** The image formats Astro's image pipeline reads. */
const IMAGE_FILE = /\.(?:jpe?g|png|webp|avif|gif|tiff?)$/i;

/** Hero images must exist beside the article, as Astro's image() requires in the build. */
function imageBeside(file: string) {
  return z
    .string({ error: 'expected the path of an image file next to the article, e.g. ./hero.jpg' })
    .refine((src) => IMAGE_FILE.test(src), {
      error: 'expected a JPEG, PNG, WebP, AVIF, GIF or TIFF image, e.g. ./hero.jpg',
    })
    .refine((src) => existsSync(join(dirname(file), src)), {
      error: (issue) =>
        `expected the path of an image file next to the article, e.g. ./hero.jpg; there is no file "${String(issue.input)}" beside ${file}`,
    });
}

/** Relative image paths in a Markdown body (`![alt](./chart.png "Title")`) whose file does not exist. */
function missingInlineImages(file: string, body: string): string[] {
  return [...body.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)/g)]
    .map((match) => match[1] ?? '')
    .filter((src) => !/^[a-z][a-z0-9+.-]*:|^\//i.test(src))
    .filter((src) => !existsSync(join(dirname(file), decodeURI(src))));
}

/** The well-formed references of front matter that failed its schema; a malformed one is left out (the schema reported it). */
function usableReferences(data: unknown): Pick<ArticleFacts, 'author' | 'tags' | 'related' | 'draft'> {
  const raw = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const slug = (value: unknown): value is string => typeof value === 'string' && SLUG_PATTERN.test(value);
  const slugs = (value: unknown) => (Array.isArray(value) ? value.filter(slug) : undefined);
  return {
    author: slug(raw['author']) ? raw['author'] : undefined,
    tags: slugs(raw['tags']),
    related: slugs(raw['related']),
    draft: raw['draft'] === true,
  };
}

/**
 * Dates that do not exist, such as 2024-02-30. The YAML parser (the build's too) silently rolls them over
 * into the next month, so they are caught here, in the text, before parsing.
 */
function impossibleDates(source: SourceFile): ContentProblem[] {
  const end = source.text.indexOf('\n---', 3);
  const front = source.text.slice(0, end === -1 ? undefined : end).split('\n');
  return front.flatMap((text, index) => {
    const match = /^\s*(?:-\s+)?([A-Za-z]+):\s*['"]?(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
    if (!match) return [];
    const [, field = '', year = '', month = '', day = ''] = match;
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day)) return [];
    return [
      {
        file: source.file,
        field,
        message: `${year}-${month}-${day} is not a calendar date; expected a date such as 2024-01-18`,
        line: index + 1,
      },
    ];
  });
}

/** Checks every file under `dir` (articles, authors, tags, pages) and the rules between them. */
export function checkContentDir(dir: string): ContentCheckResult {
  const problems: ContentProblem[] = [];
  const articleFiles = listFiles(join(dir, 'articles'), 'markdown', true);
  const authorFiles = listFiles(join(dir, 'authors'), 'data', false);
  const tagFiles = listFiles(join(dir, 'tags'), 'data', false);
  const pageFiles = listFiles(join(dir, 'pages'), 'markdown', false);

  /** Validates each file with its schema; returns the valid ones with their data. */
  function validate<T>(
    files: SourceFile[],
    kind: 'markdown' | 'data',
    schema: (file: string) => z.ZodType<T>,
  ) {
    const valid: { source: SourceFile; data: T; body: string }[] = [];
    const invalid: { source: SourceFile; data: unknown; body: string }[] = [];
    for (const source of files) {
      const parsed = parse(source, kind);
      if ('message' in parsed) {
        problems.push(parsed);
        continue;
      }
      const result = schema(source.file).safeParse(parsed.data ?? {});
      if (result.success) valid.push({ source, data: result.data, body: parsed.body });
      else {
        problems.push(...schemaProblems(source, result.error));
        invalid.push({ source, data: parsed.data, body: parsed.body });
      }
    }
    return { valid, invalid };
  }

  const { valid: articles, invalid: invalidArticles } = validate(articleFiles, 'markdown', (file) =>
    articleSchema(imageBeside(file)),
  );
  for (const source of [...articleFiles, ...pageFiles]) problems.push(...impossibleDates(source));
  validate(authorFiles, 'data', () => authorSchema);
  validate(tagFiles, 'data', () => tagSchema);
  validate(pageFiles, 'markdown', () => pageSchema);

  const seen = new Map<string, string>();
  for (const { slug, file } of articleFiles) {
    const first = seen.get(slug);
    if (first)
      problems.push({
        file,
        field: 'file name',
        message: `the slug "${slug}" is also used by ${first}; expected each slug once`,
        line: 1,
      });
    else seen.set(slug, file);
  }

  const textOf = new Map(articleFiles.map((f) => [f.file, f.text]));
  const facts: ArticleFacts[] = [
    ...articles.map(({ source, data, body }) => ({ ...data, slug: source.slug, file: source.file, body })),
    // An article whose front matter broke its schema still has its references and body checked, so that
    // one run shows every problem: a bad date does not hide a misspelt tag.
    ...invalidArticles.map(({ source, data, body }) => ({
      ...usableReferences(data),
      slug: source.slug,
      file: source.file,
      body,
    })),
  ];
  for (const { source, body } of [...articles, ...invalidArticles]) {
    for (const src of missingInlineImages(source.file, body)) {
      problems.push({
        file: source.file,
        field: 'body',
        message: `the image "${src}" does not exist; expected an image file beside the article`,
        line: lineOfText(source.text, src) ?? 1,
      });
    }
  }

  for (const { locate, ...problem } of findContentProblems({
    articles: facts,
    articleSlugs: new Set(articleFiles.map((f) => f.slug)),
    authorSlugs: new Set(authorFiles.map((f) => f.slug)),
    tagSlugs: new Set(tagFiles.map((f) => f.slug)),
    otherFiles: [...authorFiles, ...tagFiles],
  })) {
    const text = textOf.get(problem.file) ?? '';
    const line = (locate === undefined ? lineOfKey(text, [problem.field]) : lineOfText(text, locate)) ?? 1;
    problems.push({ ...problem, line });
  }

  if (articleFiles.length === 0) {
    problems.push({
      file: join(dir, 'articles'),
      field: 'articles',
      message: 'no articles were found; expected Markdown files here',
    });
  }
  // File by file, top to bottom, as an editor works through them.
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  return {
    problems,
    counts: {
      articles: articleFiles.length,
      authors: authorFiles.length,
      tags: tagFiles.length,
      pages: pageFiles.length,
    },
  };
}
