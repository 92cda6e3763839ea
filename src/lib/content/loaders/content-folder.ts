import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, isAbsolute, join, relative } from 'node:path';
import { buildDate } from '../../../config/env.ts';
import type { ContentProblem } from '../rules.ts';
import {
  validateContent,
  type ContentCheckResult,
  type ContentFolder,
  type SourceFile,
} from '../validate.ts';

/**
 * Reads a content folder from disk as the build's collections read it: the files of each collection, with
 * every file or folder the build would not read named as a problem, so that nothing an editor adds is skipped
 * without a word. `checkContentDir` reads a folder and validates it (../validate.ts): the one check that
 * `npm run content:check` and the build's first step run. The editors' tools also ask here which slugs are
 * taken and which authors and tags exist.
 */

/** The file name extensions of Markdown and data files, as the build's collections read them. */
const MARKDOWN = ['.md'];
const DATA = ['.yaml', '.yml'];
/** Other names for Markdown files: Astro's content collections do not read them, so they would be lost. */
const OTHER_MARKDOWN = ['.markdown', '.mdown', '.mkd', '.mkdn', '.mdwn', '.mdx', '.txt'];
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

/** Reads the files of `dir` (articles, authors, tags, series, pages). */
export function readContentFolder(dir: string): ContentFolder {
  const problems: ContentProblem[] = [];
  const unreadArticles: SourceFile[] = [];
  return {
    dir,
    articles: listFiles(join(dir, 'articles'), MARKDOWN, true, problems, unreadArticles),
    unreadArticles,
    authors: listFiles(join(dir, 'authors'), DATA, false, problems),
    tags: listFiles(join(dir, 'tags'), DATA, false, problems),
    series: listFiles(join(dir, 'series'), DATA, false, problems),
    pages: listFiles(join(dir, 'pages'), MARKDOWN, false, problems),
    problems,
    exists: existsSync,
  };
}

/**
 * Checks every file under `dir` (articles, authors, tags, series, pages) and the rules between them, at `now`
 * (the build date: DISPATCH_BUILD_DATE, or the time of the check).
 */
export function checkContentDir(dir: string, now: Date = buildDate): ContentCheckResult {
  return validateContent(readContentFolder(dir), now);
}

/** Slugs of the YAML files in a folder (`content/authors/`, `content/tags/`). */
export function dataSlugs(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .flatMap((name) => /^(.*)\.ya?ml$/.exec(name)?.[1] ?? [])
    .sort();
}

/** The article file for a slug, if one exists (`<slug>.md` or `<slug>/index.md`). */
export function existingArticle(contentDir: string, slug: string): string | undefined {
  return [join(contentDir, 'articles', `${slug}.md`), join(contentDir, 'articles', slug, 'index.md')].find(
    (file) => existsSync(file),
  );
}
