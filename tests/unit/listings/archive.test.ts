import { describe, expect, test } from 'vitest';
import { archiveByYear, groupByMonth, monthAnchor } from '../../../src/lib/listings/archive.ts';

const at = (slug: string, iso: string) => ({ slug, pubDate: new Date(iso) });
// Newest first, as the site index lists them.
const articles = [
  at('e', '2024-02-03'),
  at('d', '2024-01-31'),
  at('c', '2024-01-02'),
  at('b', '2023-12-31T23:30:00Z'),
  at('a', '2022-06-01'),
];

describe('archiveByYear', () => {
  test('counts articles by year and month, newest first, in UTC', () => {
    const years = archiveByYear(articles);
    expect(years.map((y) => [y.year, y.count])).toEqual([
      [2024, 3],
      [2023, 1],
      [2022, 1],
    ]);
    expect(years[0]?.months).toEqual([
      { year: 2024, month: 2, count: 1, offset: 0 },
      { year: 2024, month: 1, count: 2, offset: 1 },
    ]);
    expect(years[1]?.articles.map((a) => a.slug)).toEqual(['b']);
  });

  test('has no year for no articles', () => {
    expect(archiveByYear([])).toEqual([]);
  });

  test('refuses articles that are not newest first', () => {
    expect(() => archiveByYear([...articles].reverse())).toThrow(/newest first/);
  });
});

describe('groupByMonth', () => {
  test('splits a list into runs of one month', () => {
    expect(
      groupByMonth(articles).map((g) => [g.year, g.month, g.articles.map((a) => a.slug).join('')]),
    ).toEqual([
      [2024, 2, 'e'],
      [2024, 1, 'dc'],
      [2023, 12, 'b'],
      [2022, 6, 'a'],
    ]);
  });
});

describe('monthAnchor', () => {
  test('pads the month', () => {
    expect(monthAnchor(2024, 1)).toBe('month-2024-01');
  });
});
