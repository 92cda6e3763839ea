/**
 * `npm run import -- <saved-page.html | file:///…/page.html> [--author <slug>] [--slug <slug>]`: turns a saved
 * web page of an article into a draft Markdown article in content/articles/ (see src/lib/editor/page-import.ts).
 * Reads files only: save the page from the browser first. Exit codes: 0 written, 1 refused, 2 bad command line.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { contentDir as defaultContentDir } from '../config/env.ts';
import { renderDraftArticle } from '../lib/editor/article-template.ts';
import { unknown } from '../lib/content/rules.ts';
import { importPage, type KnownAuthor } from '../lib/editor/page-import.ts';
import { SLUG_PATTERN } from '../lib/content/schema.ts';
import { dataSlugs, existingArticle } from '../lib/content/loaders/content-folder.ts';
import type { ToolContext } from './new-article.ts';

export const usage = `usage: npm run import -- <saved-page.html | file:///path/to/page.html> [options]
  --author <slug>   the author, a file in content/authors/ (default: matched from the page's byline, else TODO)
  --slug <slug>     the file name and URL (default: made from the headline)`;

class UsageError extends Error {}

/** The local path of the page: a file path or a file: URL. Other URLs are refused (nothing is downloaded). */
function pagePath(input: string): string {
  if (/^file:/i.test(input)) return fileURLToPath(input);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
    throw new UsageError(
      `"${input}" is a web address; save the page from the browser (as "Web page, HTML only") and give the file`,
    );
  }
  return input;
}

/** The authors of the content folder, with their display names, to match bylines against. */
function knownAuthors(contentDir: string): KnownAuthor[] {
  return dataSlugs(join(contentDir, 'authors')).flatMap((slug) => {
    for (const extension of ['yaml', 'yml']) {
      try {
        const data = yaml.load(readFileSync(join(contentDir, 'authors', `${slug}.${extension}`), 'utf8'));
        const name = (data as { name?: unknown } | null)?.name;
        return typeof name === 'string' ? [{ slug, name }] : [];
      } catch {
        // Try the other extension; a broken author file is content:check's to report.
      }
    }
    return [];
  });
}

/** Runs the command; returns the exit code. */
export function importArticle(args: readonly string[], context: Partial<ToolContext> = {}): number {
  const {
    contentDir = defaultContentDir,
    now = new Date(),
    out = console.log,
    err = console.error,
  } = context;
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: { author: { type: 'string' }, slug: { type: 'string' } },
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const { values, positionals } = parsed;
    if (positionals.length !== 1 || !positionals[0])
      throw new UsageError('expected one saved page to import');
    const source = positionals[0];
    const path = pagePath(source);
    if (values.slug !== undefined && !SLUG_PATTERN.test(values.slug)) {
      throw new UsageError(`--slug "${values.slug}": expected lowercase letters, digits and single hyphens`);
    }

    let html: string;
    try {
      html = readFileSync(path, 'utf8');
    } catch (error) {
      err(`import: cannot read ${path}: ${(error as Error).message}`);
      return 1;
    }
    const authors = knownAuthors(contentDir);
    if (values.author !== undefined && !authors.some((a) => a.slug === values.author)) {
      err(
        `import: --author: ${unknown(
          'author',
          'content/authors/',
          values.author,
          authors.map((a) => a.slug),
        )}`,
      );
      return 1;
    }

    let result;
    try {
      result = importPage(html, { source, authors, author: values.author, now });
    } catch (error) {
      err(`import: ${path}: ${(error as Error).message}`);
      return 1;
    }
    const slug = values.slug ?? result.slug;
    if (!slug) {
      err('import: the page has no headline to make a slug from; give one with --slug');
      return 1;
    }
    const existing = existingArticle(contentDir, slug);
    if (existing) {
      err(`import: ${existing} already exists; give a new slug with --slug`);
      return 1;
    }
    const file = join(contentDir, 'articles', `${slug}.md`);
    writeFileSync(file, renderDraftArticle(result.article), { flag: 'wx' });
    for (const note of result.notes) out(`import: ${note}`);
    const todos = Object.entries(result.article)
      .filter(([, value]) => typeof value === 'object' && value !== null && 'todo' in value)
      .map(([field]) => field);
    out(
      `Created ${file} (a draft). Still TODO: ${todos.join(', ')}. Run "npm run content:check" to list them.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      err(`import: ${error.message}\n${usage}`);
      return 2;
    }
    throw error;
  }
}

if (import.meta.main) process.exitCode = importArticle(process.argv.slice(2));
