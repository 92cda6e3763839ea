import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative } from 'node:path';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import {
  bodyProblems,
  findContentProblems,
  type ArticleFacts,
  type ContentProblem,
} from './rules.ts';
import { articleSchema, authorSchema, pageSchema, SLUG_PATTERN, tagSchema } from './schema.ts';
import { yamlWithTextDates } from './yaml.ts';

/**
 * Validates a content folder: every file against its schema, every article's text, and the rules between
 * files, collecting every problem of every file (each with its line) rather than stopping at the first.
 * This is the one validation of Dispatch: `npm run content:check` prints its verdict, and `astro build` runs
 * it before anything else and stops on any problem (src/integrations/content-check.ts), so what one refuses
 * the other refuses too. Runs on plain Node.
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

/** The file name extensions of Markdown and data files, as the build's collections read them. */
const MARKDOWN = ['.md'];
const DATA = ['.yaml', '.yml'];
/** Other names for Markdown files: Astro's content collections do not read them, so they would be lost. */
const OTHER_MARKDOWN = ['.markdown', '.mdown', '.mkd', '.mkdn', '.mdwn', '.mdx', '.txt'];
/** The image formats Astro's image pipeline reads (a hero must be one of them). */
const IMAGE_FILE = /\.(?:jpe?g|png|webp|avif|gif|tiff?)$/i;
/** Files that may sit beside articles: images, for the articles to show. */
const ARTICLE_ASSET = /\.(?:jpe?g|png|webp|avif|gif|tiff?|svg)$/i;

/** A path as editors see it: relative to the working directory when inside it. */
function display(path: string): string {
  const rel = relative('.', path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

const read = (path: string, slug: string): SourceFile => ({
  file: display(path),
  slug,
  text: readFileSync(path, 'utf8'),
});

/**
 * The entries of a collection's folder: `<slug><ext>` files and, where `folders` is set, `<slug>/index<ext>`.
 * A file or folder that the build would not read is a problem, so that nothing an editor adds is skipped
 * without a word; images (beside articles) and hidden files are left alone.
 */
function listFiles(
  folder: string,
  extensions: readonly string[],
  folders: boolean,
  problems: ContentProblem[],
  /** Collects the files that are Markdown under another extension, which the build would not read. */
  unread: SourceFile[] = [],
): SourceFile[] {
  if (!existsSync(folder)) return [];
  const files: SourceFile[] = [];
  const expected = `expected ${extensions.map((ext) => `<slug>${ext}`).join(' or ')}${folders ? ' or <slug>/index.md' : ''}`;
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (name.startsWith('.')) continue;
    if (statSync(path).isDirectory()) {
      const index = folders ? join(path, 'index.md') : undefined;
      if (index && existsSync(index)) files.push(read(index, name));
      else if (
        !folders ||
        readdirSync(path).some((inner) =>
          [...MARKDOWN, ...OTHER_MARKDOWN].includes(extname(inner).toLowerCase()),
        )
      )
        problems.push({
          file: display(path),
          field: 'file name',
          message: `this folder is not read by the build; ${expected}`,
        });
      continue;
    }
    const ext = extname(name);
    const slug = name.slice(0, -ext.length);
    if (extensions.includes(ext)) files.push(read(path, slug));
    else if (extensions === MARKDOWN && OTHER_MARKDOWN.includes(ext.toLowerCase()))
      unread.push({ file: display(path), slug, text: '' });
    else if (!(folders && ARTICLE_ASSET.test(name)))
      problems.push({
        file: display(path),
        field: 'file name',
        message: `this file is not read by the build; ${expected}`,
      });
  }
  return files;
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
function usableReferences(data: unknown): Omit<ArticleFacts, 'slug' | 'file'> {
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

/** Checks every file under `dir` (articles, authors, tags, pages) and the rules between them. */
export function checkContentDir(dir: string): ContentCheckResult {
  const problems: ContentProblem[] = [];
  const unreadArticles: SourceFile[] = [];
  const articleFiles = listFiles(join(dir, 'articles'), MARKDOWN, true, problems, unreadArticles);
  const authorFiles = listFiles(join(dir, 'authors'), DATA, false, problems);
  const tagFiles = listFiles(join(dir, 'tags'), DATA, false, problems);
  const pageFiles = listFiles(join(dir, 'pages'), MARKDOWN, false, problems);

  /** Validates each file with its schema, collecting the problems; returns every parsed file. */
  function validate<T>(files: SourceFile[], kind: 'markdown' | 'data', schema: z.ZodType<T>) {
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
      if (!checked.success) problems.push(...schemaProblems(source, checked.error));
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

  const articles = validate(articleFiles, 'markdown', articleFileSchema);
  validate(authorFiles, 'data', authorSchema);
  validate(tagFiles, 'data', tagSchema);
  validate(pageFiles, 'markdown', pageSchema);
  for (const files of [[...articleFiles, ...unreadArticles], authorFiles, tagFiles, pageFiles])
    problems.push(...duplicateSlugs(files));
  const taken = new Set(articleFiles.map((f) => f.slug));
  for (const { file, slug } of unreadArticles.filter((f) => !taken.has(f.slug)))
    problems.push({
      file,
      field: 'file name',
      message: `this file is not read by the build, which reads Markdown from .md files only; expected ${slug}.md`,
    });

  const facts: ArticleFacts[] = [];
  for (const { source, data, raw, body, bodyOffset } of articles) {
    const folder = dirname(source.file);
    // An article whose front matter broke its schema still has its references and body checked, so that
    // one run shows every problem: a bad date does not hide a misspelt tag.
    facts.push({ ...(data ?? usableReferences(raw)), slug: source.slug, file: source.file });
    const hero = data?.hero?.src;
    if (typeof hero === 'string' && !existsSync(join(folder, hero))) {
      problems.push({
        file: source.file,
        field: 'hero.src',
        message: `there is no file "${hero}" beside ${source.file}; expected the path of an image file next to the article, e.g. ./hero.jpg`,
        line: lineOfKey(source.text, ['hero', 'src']) ?? 1,
      });
    }
    for (const problem of bodyProblems(source.file, body, (src) => existsSync(join(folder, src))))
      problems.push({ ...problem, line: (problem.line ?? 1) + bodyOffset });
  }

  const textOf = new Map(articleFiles.map((f) => [f.file, f.text]));
  for (const problem of findContentProblems({
    articles: facts,
    articleSlugs: new Set(articleFiles.map((f) => f.slug)),
    authorSlugs: new Set(authorFiles.map((f) => f.slug)),
    tagSlugs: new Set(tagFiles.map((f) => f.slug)),
    otherFiles: [...authorFiles, ...tagFiles],
  })) {
    problems.push({
      ...problem,
      line: problem.line ?? lineOfKey(textOf.get(problem.file) ?? '', [problem.field]) ?? 1,
    });
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
