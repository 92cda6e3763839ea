/**
 * `npm run new -- "Headline" --authors <slug,slug> --tags a,b [--kicker Analysis] [--slug s] [--folder]`:
 * creates content/articles/<slug>.md (or <slug>/index.md with --folder, for an article with images)
 * with complete front matter, dated today and marked as a draft. Refuses an existing file and an unknown
 * author, tag or kicker, with a suggestion. Exit codes: 0 created, 1 refused, 2 bad command line.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir as defaultContentDir } from '../config/env.ts';
import { site } from '../config/site.ts';
import { renderDraftArticle, today } from '../lib/editor/article-template.ts';
import { unknown } from '../lib/content/rules.ts';
import { SLUG_PATTERN } from '../lib/content/schema.ts';
import { slugify } from '../lib/editor/slugify.ts';
import { nearest } from '../lib/content/suggest.ts';
import { dataSlugs, existingArticle } from '../lib/content/loaders/content-folder.ts';

export const usage = `usage: npm run new -- "Headline" --authors <author,author> --tags <tag,tag> [options]
  --authors <a,b>   1 to 4 authors, in byline order, each a file in content/authors/ (required;
                    --author is the same option)
  --tags <a,b>      1 to 8 tags, each a file in content/tags/ (required)
  --kicker <name>   one of: ${site.kickers.join(', ')} (default: left as TODO)
  --slug <slug>     the file name and URL (default: made from the headline)
  --folder          create <slug>/index.md, a folder to keep the article's images in`;

export interface ToolContext {
  contentDir: string;
  now: Date;
  out: (line: string) => void;
  err: (line: string) => void;
}

const defaults: ToolContext = {
  contentDir: defaultContentDir,
  now: new Date(),
  out: console.log,
  err: console.error,
};

/** A problem with the command line (exit 2) as opposed to a refusal about the content (exit 1). */
class UsageError extends Error {}

function parse(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        authors: { type: 'string' },
        author: { type: 'string' },
        tags: { type: 'string' },
        kicker: { type: 'string' },
        slug: { type: 'string' },
        folder: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Runs the command; returns the exit code. */
export function newArticle(args: readonly string[], context: Partial<ToolContext> = {}): number {
  const { contentDir, now, out, err } = { ...defaults, ...context };
  try {
    const { values, positionals } = parse(args);
    const title = positionals.join(' ').trim();
    if (positionals.length !== 1 || !title) {
      throw new UsageError('expected the headline as one quoted argument, e.g. "Iran’s Strikes in Pakistan"');
    }
    const list = (text: string | undefined) =>
      (text ?? '')
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
    const bylines = [...list(values.authors), ...list(values.author)];
    if (bylines.length === 0) throw new UsageError('expected --authors <slug>, e.g. --authors hadia-safeer');
    const tags = list(values.tags);
    if (tags.length === 0)
      throw new UsageError('expected --tags with at least one tag, e.g. --tags iran,pakistan');

    const slug = values.slug ?? slugify(title);
    if (!slug)
      throw new UsageError('the headline has no letters or digits to make a slug from; give one with --slug');
    if (!SLUG_PATTERN.test(slug)) {
      throw new UsageError(`--slug "${slug}": expected lowercase letters, digits and single hyphens`);
    }

    const problems: string[] = [];
    const authors = dataSlugs(join(contentDir, 'authors'));
    for (const author of bylines) {
      if (!authors.includes(author))
        problems.push(`--authors: ${unknown('author', 'content/authors/', author, authors)}`);
    }
    if (bylines.length > 4) problems.push('--authors: expected at most 4 authors');
    if (new Set(bylines).size !== bylines.length) problems.push('--authors: an author is named twice');
    const knownTags = dataSlugs(join(contentDir, 'tags'));
    for (const tag of tags) {
      if (!knownTags.includes(tag))
        problems.push(`--tags: ${unknown('tag', 'content/tags/', tag, knownTags)}`);
    }
    if (tags.length > 8) problems.push('--tags: expected at most 8 tags');
    if (values.kicker !== undefined && !site.kickers.includes(values.kicker)) {
      const guess = nearest(values.kicker, site.kickers);
      problems.push(
        `--kicker: unknown kicker "${values.kicker}"; expected one of: ${site.kickers.join(', ')}` +
          (guess ? ` (did you mean "${guess}"?)` : ''),
      );
    }
    const existing = existingArticle(contentDir, slug);
    if (existing) {
      problems.push(`${existing} already exists; choose another headline or give a new slug with --slug`);
    }
    if (problems.length > 0) {
      for (const problem of problems) err(`new: ${problem}`);
      err('new: nothing was written');
      return 1;
    }

    const folder = join(contentDir, 'articles', values.folder ? slug : '');
    const file = join(folder, values.folder ? 'index.md' : `${slug}.md`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      file,
      renderDraftArticle({
        title: { value: title },
        description: { todo: 'one or two sentences under the headline, at most 200 characters' },
        kicker:
          values.kicker === undefined
            ? { todo: `one of: ${site.kickers.join(', ')}` }
            : { value: values.kicker },
        pubDate: { value: today(now) },
        authors: { value: bylines },
        tags: { value: tags },
        body: '',
      }),
      // "wx": never overwrite, even if the file appeared since the check above.
      { flag: 'wx' },
    );
    out(`Created ${file} (a draft). Fill in the TODOs, then run "npm run content:check" and "npm run dev".`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      err(`new: ${error.message}\n${usage}`);
      return 2;
    }
    throw error;
  }
}

if (import.meta.main) process.exitCode = newArticle(process.argv.slice(2));
