import { TODO } from '../content/schema.ts';

/**
 * The Markdown file of a new draft article, as `npm run new` and `npm run import` write it: every field
 * present, the optional ones as commented-out examples, and `TODO` wherever the tool could not know the
 * value. `content:check` (and the build) reject a TODO, so nothing is ever guessed silently.
 */

/** A value the tool knows, or TODO with the reason it does not. */
export type Known<T> = { value: T } | { todo: string };

export interface DraftArticle {
  title: Known<string>;
  description: Known<string>;
  kicker: Known<string>;
  /** A calendar day, YYYY-MM-DD. */
  pubDate: Known<string>;
  /** Author slugs, in byline order. */
  authors: Known<readonly string[]>;
  tags: Known<readonly string[]>;
  /** The language, written only when it is not the default one. */
  lang?: string | undefined;
  /** For a translation: the slug of its original. */
  translationOf?: string | undefined;
  /** Markdown text of the article; empty for a new article. */
  body: string;
  /** Comment lines written at the top of the front matter (e.g. where an import came from). */
  notes?: readonly string[];
}

/** A YAML single-quoted scalar: safe for any one-line text (colons, quotes, "#"). */
export function yamlText(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** "field: value", or "field: TODO # why" when the value is unknown. */
function line<T>(field: string, known: Known<T>, write: (value: T) => string, todo = TODO): string {
  return 'value' in known ? `${field}: ${write(known.value)}` : `${field}: ${todo} # ${known.todo}`;
}

/** The date a new article gets: today as a calendar day in UTC, the time zone every content date is read in. */
export function today(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The complete text of the article file. */
export function renderDraftArticle(article: DraftArticle): string {
  const day = 'value' in article.pubDate ? article.pubDate.value : 'YYYY-MM-DD';
  const front = [
    ...(article.notes ?? []).map((note) => `# ${note}`),
    line('title', article.title, yamlText, yamlText(`${TODO}: the headline`)),
    line('description', article.description, yamlText, yamlText(`${TODO}: the dek`)),
    line('kicker', article.kicker, (kicker) => kicker),
    line('pubDate', article.pubDate, (date) => date),
    line('authors', article.authors, (authors) => `[${authors.join(', ')}]`, `[${TODO}]`),
    line('tags', article.tags, (tags) => `[${tags.join(', ')}]`, `[${TODO}]`),
    ...(article.lang === undefined ? [] : [`lang: ${article.lang}`]),
    ...(article.translationOf === undefined ? [] : [`translationOf: ${article.translationOf}`]),
    '# Optional fields: remove the "# " to use one. EDITING.md describes every field.',
    `# updatedDate: ${day}`,
    '# related: [slug-of-another-article]',
    '# hero: # the image file goes beside this file, in the article’s folder',
    '#   src: ./hero.jpg',
    '#   alt: What the image shows',
    '#   caption: What the image is about',
    '#   credit: Who made it',
    '# corrections:',
    `#   - date: ${day}`,
    '#     text: What was wrong, and what is right now.',
    '# sources:',
    '#   - title: Title of the report or page',
    '#     publisher: Who published it',
    '#     url: https://example.org/report',
    `#     date: ${day}`,
    'draft: true # set to false (or remove) to publish',
  ];
  const body = article.body.trim() || `${TODO}: write the article here, in Markdown.`;
  return `---\n${front.join('\n')}\n---\n\n${body}\n`;
}
