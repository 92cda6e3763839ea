import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { derivedMemo } from '../../../../src/lib/content/loaders/derived-memo.ts';
import type { ArticleInput } from '../../../../src/lib/content/site-index.ts';
import { makeArticle, makeSiteIndex } from '../../../support/make-article.ts';

const work = mkdtempSync(join(tmpdir(), 'dispatch-memo-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** A counter of calls around `value`, to see whether a memo computed it. */
function counted<T>(value: T): { compute: () => T; calls: () => number } {
  let calls = 0;
  return {
    compute: () => {
      calls++;
      return value;
    },
    calls: () => calls,
  };
}

describe('derivedMemo', () => {
  test('computes a value once per build, and not again in the next build of the same code', () => {
    const file = join(work, 'once.json');
    const first = derivedMemo(file, 'v1');
    const words = counted(412);
    expect(first.remember('words:a:1', words.compute)).toBe(412);
    expect(first.remember('words:a:1', words.compute)).toBe(412);
    first.save();
    const next = derivedMemo(file, 'v1');
    expect(next.remember('words:a:1', words.compute)).toBe(412);
    expect(words.calls()).toBe(1);
  });

  test('computes again under another key, and after the code changed', () => {
    const file = join(work, 'version.json');
    const first = derivedMemo(file, 'v1');
    first.remember('words:a:1', () => 10);
    first.save();
    expect(derivedMemo(file, 'v1').remember('words:a:2', () => 11)).toBe(11);
    expect(derivedMemo(file, 'v2').remember('words:a:1', () => 12)).toBe(12);
  });

  test('saves only the keys the build used', () => {
    const file = join(work, 'used.json');
    const first = derivedMemo(file, 'v1');
    first.remember('old', () => 1);
    first.remember('kept', () => 2);
    first.save();
    const next = derivedMemo(file, 'v1');
    next.remember('kept', () => 3);
    next.save();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 'v1', values: { kept: 2 } });
  });

  test('reads its file only when a value is asked for, and leaves it alone when none was', () => {
    const file = join(work, 'lazy.json');
    const first = derivedMemo(file, 'v1');
    first.remember('terms:a:1', () => 'tanker 1');
    first.save();
    // Built before the file is damaged, asked after: the file is read at the first question, not before.
    const late = derivedMemo(file, 'v1');
    writeFileSync(file, '{"version": "v1", "values": {"terms:a:1": "harbour 1"}}');
    expect(late.remember('terms:a:1', () => 'computed')).toBe('harbour 1');
    const unused = derivedMemo(file, 'v1');
    unused.save();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      version: 'v1',
      values: { 'terms:a:1': 'harbour 1' },
    });
  });

  test('rewrites its file only when a value was computed or a remembered one went unused', () => {
    const file = join(work, 'unchanged.json');
    const first = derivedMemo(file, 'v1');
    first.remember('a', () => 1);
    first.save();
    // The same keys, all remembered: the file is left as it is (here, a copy with other spacing stays).
    const same = `${JSON.stringify({ version: 'v1', values: { a: 1 } }, null, 2)}\n`;
    writeFileSync(file, same);
    const unchanged = derivedMemo(file, 'v1');
    expect(unchanged.remember('a', () => 2)).toBe(1);
    unchanged.save();
    expect(readFileSync(file, 'utf8')).toBe(same);
    // A computed value is written.
    const grown = derivedMemo(file, 'v1');
    grown.remember('a', () => 2);
    grown.remember('b', () => 3);
    grown.save();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 'v1', values: { a: 1, b: 3 } });
  });

  test('a damaged file counts as none', () => {
    const file = join(work, 'damaged.json');
    writeFileSync(file, '{"version": "v1", "values": {"a": 1');
    expect(derivedMemo(file, 'v1').remember('a', () => 2)).toBe(2);
  });
});

describe('the site index with a memo', () => {
  /** An article with a digest whose body counts the reads. */
  function withDigest(
    slug: string,
    digest: string,
    body: string,
  ): { article: ArticleInput<string, string>; reads: () => number } {
    let reads = 0;
    const article = { ...makeArticle(slug, { tags: ['world'] }), digest };
    Object.defineProperty(article, 'body', {
      get: () => {
        reads++;
        return body;
      },
    });
    return { article, reads: () => reads };
  }
  const body = (word: string) => `${word} ${'and more words of the story '.repeat(80)}`;

  test('reads no body when every word count and the related articles are remembered', () => {
    const file = join(work, 'site.json');
    const a = withDigest('a', 'd1', body('river'));
    const b = withDigest('b', 'd2', body('river'));
    const first = derivedMemo(file, 'v1');
    const cold = makeSiteIndex([a.article, b.article], { memo: first.remember });
    first.save();
    expect(a.reads()).toBeGreaterThan(0);

    const c = withDigest('a', 'd1', body('river'));
    const d = withDigest('b', 'd2', body('river'));
    const warm = makeSiteIndex([c.article, d.article], { memo: derivedMemo(file, 'v1').remember });
    expect(c.reads() + d.reads()).toBe(0);
    expect(warm.articles.map((x) => [x.slug, x.readingMinutes, x.related.map((r) => r.slug)])).toEqual(
      cold.articles.map((x) => [x.slug, x.readingMinutes, x.related.map((r) => r.slug)]),
    );
  });

  test('an edited article (a new digest) is counted and scored again, reading no other body', () => {
    const file = join(work, 'edited.json');
    const termsFile = join(work, 'edited-terms.json');
    const first = derivedMemo(file, 'v1');
    const firstTerms = derivedMemo(termsFile, 'v1');
    makeSiteIndex(
      [withDigest('a', 'd1', body('river')).article, withDigest('b', 'd2', body('river')).article],
      { memo: first.remember, termsMemo: firstTerms.remember },
    );
    first.save();
    firstTerms.save();
    const edited = withDigest('a', 'd3', `${body('river')} ${'extra words '.repeat(400)}`);
    const other = withDigest('b', 'd2', body('river'));
    const warm = makeSiteIndex([edited.article, other.article], {
      memo: derivedMemo(file, 'v1').remember,
      termsMemo: derivedMemo(termsFile, 'v1').remember,
    });
    expect(edited.reads()).toBeGreaterThan(0);
    // Any edit scores the related articles again, from the unchanged article's remembered terms.
    expect(other.reads()).toBe(0);
    const uncached = makeSiteIndex([
      {
        ...makeArticle('a', { tags: ['world'] }, `${body('river')} ${'extra words '.repeat(400)}`),
        digest: 'd3',
      },
      { ...makeArticle('b', { tags: ['world'] }, body('river')), digest: 'd2' },
    ]);
    expect(warm.articles.map((x) => [x.readingMinutes, x.related.map((r) => r.slug)])).toEqual(
      uncached.articles.map((x) => [x.readingMinutes, x.related.map((r) => r.slug)]),
    );
  });
});
