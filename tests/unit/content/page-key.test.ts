import { describe, expect, test } from 'vitest';
import { digestOf, pageKey } from '../../../src/lib/content/page-key.ts';
import { makeArticle, makeSiteIndex } from '../../support/make-article.ts';

/** A page's props shaped like the site index's: an article with its author, tags and a related summary. */
const props = () => ({
  article: {
    slug: 'a',
    title: 'A headline',
    pubDate: new Date('2024-01-02T00:00:00Z'),
    updatedDate: undefined,
    author: { slug: 'x', name: 'Ann Writer', links: [{ label: 'Site', url: 'https://x.example/' }] },
    tags: [{ slug: 'asia', name: 'Asia' }],
    related: [{ slug: 'b', title: 'Another', readingMinutes: 3 }],
  },
});

describe('digestOf', () => {
  test('is the same for equal data, whatever the objects and the order of their keys', () => {
    const reordered = { article: { ...props().article } };
    const { slug, ...rest } = reordered.article;
    expect(digestOf(props())).toBe(digestOf({ article: { ...rest, slug } }));
  });

  test('changes with any value anywhere in the data', () => {
    const base = digestOf(props());
    const changes: ((p: ReturnType<typeof props>) => void)[] = [
      (p) => (p.article.title = 'A headline.'),
      (p) => (p.article.pubDate = new Date('2024-01-02T00:00:01Z')),
      (p) => (p.article.author.name = 'Ann Writer-Smith'),
      (p) => (p.article.author.links[0] = { label: 'Site', url: 'https://y.example/' }),
      (p) => (p.article.tags = [...p.article.tags, { slug: 'iran', name: 'Iran' }]),
      (p) => ((p.article.related[0] as { readingMinutes: number }).readingMinutes = 4),
      (p) => ((p.article as { updatedDate: unknown }).updatedDate = null),
    ];
    const digests = changes.map((change) => {
      const changed = props();
      change(changed);
      return digestOf(changed);
    });
    for (const digest of digests) expect(digest).not.toBe(base);
    expect(new Set(digests).size).toBe(changes.length);
  });

  test('tells types and shapes apart', () => {
    const distinct = [
      1,
      '1',
      true,
      'true',
      null,
      undefined,
      [],
      {},
      [1, 2],
      [2, 1],
      { a: undefined },
      [[1], 2],
    ];
    expect(new Set(distinct.map((value) => digestOf(value))).size).toBe(distinct.length);
  });

  test('reads dates by time, URLs by address, Maps and Sets by their entries', () => {
    expect(digestOf(new Date('2024-01-01'))).toBe(digestOf(new Date('2024-01-01T00:00:00Z')));
    expect(digestOf(new URL('https://a.example/x'))).not.toBe(digestOf(new URL('https://a.example/y')));
    expect(digestOf(new Map([['a', 1]]))).not.toBe(digestOf(new Map([['a', 2]])));
    expect(digestOf(new Set(['a']))).not.toBe(digestOf(new Set(['b'])));
  });

  test('reads a function by its source text', () => {
    const href = (n: number) => `/tags/asia/${String(n)}/`;
    const other = (n: number) => `/tags/iran/${String(n)}/`;
    expect(digestOf({ href })).toBe(digestOf({ href: (n: number) => `/tags/asia/${String(n)}/` }));
    expect(digestOf({ href })).not.toBe(digestOf({ href: other }));
  });

  test('refuses a class instance, whose state may sit outside its own keys, and a cycle', () => {
    class Counter {
      #count = 1;
      get count() {
        return this.#count;
      }
    }
    expect(() => digestOf({ counter: new Counter() })).toThrow(
      /a Counter object cannot be part of a page's props/,
    );
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(() => digestOf(cyclic)).toThrow(/cycle/);
  });

  test('digests an object once per memo: a shared object is read the first time only', () => {
    const memo = new WeakMap<object, string>();
    const shared = { name: 'Ann' };
    const first = digestOf({ author: shared }, memo);
    shared.name = 'Changed after the build index was made';
    expect(digestOf({ author: shared }, memo)).toBe(first);
    expect(digestOf({ author: shared })).not.toBe(first);
  });

  test('sees an edit to one article in the digest of every article that shows it', () => {
    const make = (title: string) =>
      makeSiteIndex([
        makeArticle('one', { title }),
        makeArticle('two', { pubDate: '2024-02-01', related: ['one'] }),
      ]);
    const before = make('First title');
    const after = make('First title, corrected');
    const digest = (index: typeof before, slug: string) =>
      digestOf({ article: index.articleBySlug.get(slug) });
    expect(digest(after, 'one')).not.toBe(digest(before, 'one'));
    expect(digest(after, 'two')).not.toBe(digest(before, 'two')); // its related articles show the title
    expect(digestOf({ tags: after.tags })).not.toBe(digestOf({ tags: before.tags }));
  });
});

describe('pageKey', () => {
  test('changes with the props and with the build context', () => {
    const key = pageKey(props(), 'context-1');
    expect(pageKey(props(), 'context-1')).toBe(key);
    expect(pageKey(props(), 'context-2')).not.toBe(key);
    expect(pageKey({ ...props(), extra: 1 }, 'context-1')).not.toBe(key);
  });
});
