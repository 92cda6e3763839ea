import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateCorpus, writeCorpus } from '../../../bench/corpus.ts';
import { addArticle, changeTags, editBody } from '../../../bench/edits.ts';
import { checkContentDir } from '../../../src/lib/content/loaders/content-folder.ts';

/** A small generated content folder, and its articles' text by slug. */
function content(): { dir: string; texts: () => Map<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'dispatch-edits-'));
  writeCorpus(generateCorpus({ articles: 30, authors: 2, tags: 8, words: 80, seed: 3 }), dir);
  const texts = () =>
    new Map(
      readdirSync(join(dir, 'articles')).map((f) => [f, readFileSync(join(dir, 'articles', f), 'utf8')]),
    );
  return { dir, texts };
}
const changed = (before: Map<string, string>, after: Map<string, string>) =>
  [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f));

describe('the benchmark’s edits', () => {
  test('each changes one article, leaves the content valid, and says which', () => {
    const { dir, texts } = content();
    const steps = [
      () => editBody(dir),
      () => changeTags(dir),
      () => addArticle(dir, '2030-01-01T00:00:00.000Z'),
    ];
    for (const step of steps) {
      const before = texts();
      const slug = step();
      expect(changed(before, texts())).toEqual([`${slug}.md`]);
      expect(checkContentDir(dir).problems).toEqual([]);
    }
  });

  test('a body edit changes one word of the body and nothing of the front matter', () => {
    const { dir, texts } = content();
    const before = texts();
    const file = `${editBody(dir)}.md`;
    const [oldText, newText] = [before.get(file) ?? '', texts().get(file) ?? ''];
    const split = (text: string) => text.split('\n---\n');
    expect(split(newText)[0]).toBe(split(oldText)[0]);
    expect(newText.length).toBe(oldText.length + 1);
  });
});
