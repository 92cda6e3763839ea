import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateCorpus, writeCorpus } from '../../../bench/corpus.ts';
import { countWords } from '../../../src/lib/content/reading-time.ts';
import { checkContentDir } from '../../../src/lib/content/loaders/content-folder.ts';

describe('generateCorpus (the benchmark corpus)', () => {
  const corpus = generateCorpus({ articles: 300, seed: 7 });

  test('writes a content folder that passes every schema and cross-file rule', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'dispatch-corpus-')), 'content');
    writeCorpus(generateCorpus({ articles: 60, seed: 3, draftShare: 0.1, curatedShare: 0.5 }), dir);
    const result = checkContentDir(dir);
    expect(result.problems).toEqual([]);
    expect(result.counts).toEqual({ articles: 60, authors: 20, tags: 200, series: 0, pages: 1 });
  });

  test('is deterministic: the same seed gives the same corpus, another seed another', () => {
    expect(generateCorpus({ articles: 20, seed: 7 })).toEqual(generateCorpus({ articles: 20, seed: 7 }));
    expect(generateCorpus({ articles: 20, seed: 8 }).articles[0]?.body).not.toBe(corpus.articles[0]?.body);
  });

  test('spreads tags like Zipf: the most used tag is on far more articles than the typical one', () => {
    const uses = new Map<string, number>();
    for (const a of corpus.articles) for (const t of a.data.tags) uses.set(t, (uses.get(t) ?? 0) + 1);
    const counts = [...uses.values()].sort((a, b) => b - a);
    const median = counts[Math.floor(counts.length / 2)] ?? 0;
    expect(counts[0]).toBeGreaterThan(10 * median);
  });

  test('writes bodies of about the asked length with headings, lists, tables, links and footnotes', () => {
    for (const { body } of corpus.articles.slice(0, 20)) {
      expect(countWords(body)).toBeGreaterThan(1000);
      expect(countWords(body)).toBeLessThan(1600);
      expect(body).toMatch(/^## \S/m);
      expect(body).toMatch(/^- \S/m);
      expect(body).toMatch(/^\| --- \| ---: \| --- \|$/m);
    }
    const all = corpus.articles.map((a) => a.body).join('\n');
    expect(all).toMatch(/\]\(https:\/\/example\.org\//);
    expect(all).toMatch(/^\[\^1\]: \S/m);
  });
});
