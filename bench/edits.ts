import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The edits a newsroom makes between two builds, applied to a content folder written by bench/corpus.ts, for the
 * benchmark's rebuilds: each changes one published article, picked from the middle of the archive (not the newest,
 * which a cache could favour), and says which.
 */

/** The published articles of a content folder (drafts are not built), by slug, in slug order. */
function slugs(content: string): string[] {
  return readdirSync(join(content, 'articles'))
    .filter((name) => name.endsWith('.md'))
    .filter((name) => !/^draft: true$/m.test(readFileSync(join(content, 'articles', name), 'utf8')))
    .map((name) => name.slice(0, -3))
    .sort();
}

const file = (content: string, slug: string) => join(content, 'articles', `${slug}.md`);

/** The article at `position` (0 to 1) of the folder's slugs. */
function articleAt(content: string, position: number): string {
  const all = slugs(content);
  const slug = all[Math.floor(position * (all.length - 1))];
  if (slug === undefined) throw new Error(`no articles in ${content}`);
  return slug;
}

/** Changes one word of one article's body (the first word of its first paragraph). */
export function editBody(content: string): string {
  const slug = articleAt(content, 0.5);
  const text = readFileSync(file(content, slug), 'utf8');
  const bodyStart = text.indexOf('\n---\n', 4) + 5;
  const body = text.slice(bodyStart).replace(/\b([A-Za-z]+)\b/, (word) => `${word}e`);
  writeFileSync(file(content, slug), text.slice(0, bodyStart) + body);
  return slug;
}

/** Gives one article another tag in place of its first: one of the tags another article uses. */
export function changeTags(content: string): string {
  const slug = articleAt(content, 0.25);
  const text = readFileSync(file(content, slug), 'utf8');
  const tagsOf = (markdown: string) =>
    [...(/^tags:\n((?: {2}- .*\n)+)/m.exec(markdown)?.[1] ?? '').matchAll(/- (.*)/g)].map(
      ([, tag = '']) => tag,
    );
  const own = tagsOf(text);
  const other = tagsOf(readFileSync(file(content, articleAt(content, 0.75)), 'utf8')).find(
    (tag) => !own.includes(tag),
  );
  if (other === undefined || own.length === 0) throw new Error(`${slug}: no other tag to give it`);
  writeFileSync(file(content, slug), text.replace(`  - ${own[0] ?? ''}\n`, `  - ${other}\n`));
  return slug;
}

/** Adds a new article, published after every other one, made from another article's front matter and body. */
export function addArticle(content: string, pubDate: string): string {
  const slug = 'a-new-article-for-the-benchmark';
  const text = readFileSync(file(content, articleAt(content, 0.6)), 'utf8')
    .replace(/^title: .*$/m, 'title: A new article for the benchmark')
    .replace(/^pubDate: .*$/m, `pubDate: ${pubDate}`)
    .replace(/^updatedDate: .*\n/m, '')
    .replace(/^related:\n(?: {2}- .*\n)+/m, 'related: []\n')
    // Corrections dated before the new publication date would be refused by the content check.
    .replace(/^corrections:\n(?: {2}- .*\n(?: {4}.*\n)*)+/m, 'corrections: []\n');
  writeFileSync(file(content, slug), text);
  return slug;
}
