import { describe, expect, test } from 'vitest';
import { pageLinks, pageOfIndex, paginate, type PageLink } from '../../../src/lib/listings/pagination.ts';

const items = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('paginate', () => {
  test('gives no page at all for no items, so that no empty listing is built', () => {
    expect(paginate([], 20)).toEqual([]);
  });

  test('gives one page of one item', () => {
    expect(paginate(items(1), 20)).toEqual([{ number: 1, total: 1, items: [1], first: 1, totalItems: 1 }]);
  });

  test('gives exactly one full page for exactly 20 items', () => {
    const pages = paginate(items(20), 20);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.items).toEqual(items(20));
  });

  test('starts a second page with the 21st item', () => {
    const pages = paginate(items(21), 20);
    expect(pages.map((p) => [p.number, p.total, p.items.length, p.first])).toEqual([
      [1, 2, 20, 1],
      [2, 2, 1, 21],
    ]);
    expect(pages[1]?.items).toEqual([21]);
  });

  test('keeps every item once, in order, and never makes an empty page', () => {
    for (const n of [1, 19, 20, 21, 39, 40, 41, 1000]) {
      const pages = paginate(items(n), 20);
      expect(pages.flatMap((p) => p.items)).toEqual(items(n));
      expect(pages.every((p) => p.items.length > 0)).toBe(true);
    }
  });

  test('refuses a page size that is not a positive whole number', () => {
    expect(() => paginate(items(3), 0)).toThrow(RangeError);
    expect(() => paginate(items(3), 2.5)).toThrow(RangeError);
  });
});

describe('pageOfIndex', () => {
  test('finds the page of an item: the 20th is on page 1, the 21st on page 2', () => {
    expect(pageOfIndex(0, 20)).toBe(1);
    expect(pageOfIndex(19, 20)).toBe(1);
    expect(pageOfIndex(20, 20)).toBe(2);
  });
});

/** "1 2 … 5" notation for a bar. */
const bar = (links: PageLink[]) => links.map((l) => (l.kind === 'gap' ? '…' : String(l.number))).join(' ');

describe('pageLinks', () => {
  test('shows every number of a short listing', () => {
    expect(bar(pageLinks(1, 1))).toBe('1');
    expect(bar(pageLinks(2, 5))).toBe('1 2 3 4 5');
  });

  test('shows first, last and the neighbours of the current page, with gaps between', () => {
    expect(bar(pageLinks(10, 50))).toBe('1 … 9 10 11 … 50');
    expect(bar(pageLinks(1, 50))).toBe('1 2 … 50');
    expect(bar(pageLinks(50, 50))).toBe('1 … 49 50');
  });

  test('shows a single left-out number instead of a gap', () => {
    expect(bar(pageLinks(4, 50))).toBe('1 2 3 4 5 … 50');
  });

  test('refuses a page out of range', () => {
    expect(() => pageLinks(0, 3)).toThrow(RangeError);
    expect(() => pageLinks(4, 3)).toThrow(RangeError);
  });
});
