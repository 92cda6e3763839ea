/**
 * `npm run new -- "Headline" --authors <slug,slug> --tags a,b [--kicker Analysis] [--slug s] [--folder]
 * [--lang ur] [--translation-of <slug>]`: creates content/articles/<slug>.md (or <slug>/index.md with
 * --folder, for an article with images) with complete front matter, dated today and marked as a draft; in
 * another language than English with --lang, as a translation of an existing article with --translation-of
 * (its tags and kicker then default to the original's). Refuses an existing file and an unknown author, tag,
 * kicker, language or original, with a suggestion. Exit codes: 0 created, 1 refused, 2 bad command line.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir as defaultContentDir } from '../config/env.ts';
import { DEFAULT_LANGUAGE, isLang, LANGUAGES } from '../config/languages.ts';
import { site } from '../config/site.ts';
import yaml from 'js-yaml';
import { renderDraftArticle, today } from '../lib/editor/article-template.ts';
import { unknown } from '../lib/content/rules.ts';
import { SLUG_PATTERN } from '../lib/content/schema.ts';
import { slugify } from '../lib/editor/slugify.ts';
import { nearest } from '../lib/content/suggest.ts';
import { dataSlugs, existingArticle, readContentFolder } from '../lib/content/loaders/content-folder.ts';

export const usage = `usage: npm run new -- "Headline" --authors <author,author> --tags <tag,tag> [options]
  --authors <a,b>   1 to 4 authors, in byline order, each a file in content/authors/ (required;
                    --author is the same option)
  --tags <a,b>      1 to 8 tags, each a file in content/tags/ (required)
  --kicker <name>   one of: ${site.kickers.join(', ')} (default: left as TODO)
  --slug <slug>     the file name and URL (default: made from the headline)
  --folder          create <slug>/index.md, a folder to keep the article's images in
  --lang <code>     the article's language, one of: ${LANGUAGES.join(', ')} (default: ${DEFAULT_LANGUAGE})
  --translation-of <slug>
                    a translation of that article: published at its address under /<lang>/; the slug
                    defaults to <slug>-<lang>, the tags and the kicker to the original's`;

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
        lang: { type: 'string' },
        'translation-of': { type: 'string' },
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
    const lang = values.lang ?? DEFAULT_LANGUAGE;
    if (!isLang(lang)) {
      const guess = nearest(lang, LANGUAGES);
      throw new UsageError(
        `--lang "${lang}": expected one of: ${LANGUAGES.join(', ')}${guess ? ` (did you mean "${guess}"?)` : ''}`,
      );
    }
    const originalSlug = values['translation-of'];
    const original = originalSlug === undefined ? undefined : readOriginal(contentDir, originalSlug);
    if (originalSlug !== undefined && lang === DEFAULT_LANGUAGE)
      throw new UsageError(
        `--translation-of needs --lang with the translation's language, one of: ${LANGUAGES.filter((l) => l !== DEFAULT_LANGUAGE).join(', ')}`,
      );
    const tags = list(values.tags ?? original?.tags.join(','));
    // An unknown original is refused below, with a suggestion, before its tags are missed.
    if (tags.length === 0 && (originalSlug === undefined || original))
      throw new UsageError('expected --tags with at least one tag, e.g. --tags iran,pakistan');

    const slug = values.slug ?? (originalSlug === undefined ? slugify(title) : `${originalSlug}-${lang}`);
    if (!slug)
      throw new UsageError(
        'the headline has no Latin letters or digits to make a slug from (an Urdu headline has none); give one with --slug',
      );
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
    if (originalSlug !== undefined && !original) {
      const articles = articleSlugs(contentDir);
      problems.push(`--translation-of: ${unknown('article', 'content/articles/', originalSlug, articles)}`);
    } else if (original?.translationOf !== undefined) {
      problems.push(
        `--translation-of: "${originalSlug ?? ''}" is itself a translation (of "${original.translationOf}"); give the original`,
      );
    }
    if (values.kicker !== undefined && !site.kickers.includes(values.kicker)) {
      const guess = nearest(values.kicker, site.kickers);
      problems.push(
        `--kicker: unknown kicker "${values.kicker}"; expected one of: ${site.kickers.join(', ')}` +
          (guess ? ` (did you mean "${guess}"?)` : ''),
      );
    }
    const kicker = values.kicker ?? original?.kicker;
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
        kicker: kicker === undefined ? { todo: `one of: ${site.kickers.join(', ')}` } : { value: kicker },
        pubDate: { value: today(now) },
        authors: { value: bylines },
        tags: { value: tags },
        ...(lang === DEFAULT_LANGUAGE ? {} : { lang }),
        translationOf: originalSlug,
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

/** The slugs of the articles in a content folder. */
function articleSlugs(contentDir: string): string[] {
  return readContentFolder(contentDir).articles.map((a) => a.slug);
}

/** What a translation takes from its original: its tags and kicker, and whether it is itself a translation. */
function readOriginal(
  contentDir: string,
  slug: string,
): { tags: string[]; kicker: string | undefined; translationOf: string | undefined } | undefined {
  const file = existingArticle(contentDir, slug);
  if (!file) return undefined;
  const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  const data = (yaml.load(front, { schema: yaml.JSON_SCHEMA }) ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return {
    tags: Array.isArray(data['tags']) ? data['tags'].filter((t): t is string => typeof t === 'string') : [],
    kicker: text(data['kicker']),
    translationOf: text(data['translationOf']),
  };
}

if (import.meta.main) process.exitCode = newArticle(process.argv.slice(2));
