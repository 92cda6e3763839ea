import { describe, expect, test } from 'vitest';
import { numberSeries } from '../../../src/lib/content/series.ts';

const member = (slug: string, pubDate: string, seriesPart?: number) => ({
  slug,
  pubDate: new Date(pubDate),
  seriesPart,
});
const numbers = (members: ReturnType<typeof member>[]) =>
  numberSeries(members).parts.map(({ part, member }) => [part, member.slug]);

describe('numberSeries', () => {
  test('numbers unnumbered parts in order of publication', () => {
    expect(
      numbers([member('c', '2024-03-01'), member('a', '2024-01-01'), member('b', '2024-02-01')]),
    ).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ]);
  });

  test('puts a numbered part in its place and the others in the free places, by date', () => {
    expect(
      numbers([member('one', '2024-02-01'), member('two', '2024-02-05', 2), member('three', '2024-02-03')]),
    ).toEqual([
      [1, 'one'],
      [2, 'two'],
      [3, 'three'],
    ]);
  });

  test('counts a numbered part beyond the others in the total', () => {
    const series = numberSeries([member('first', '2024-01-01', 1), member('fourth', '2024-01-02', 4)]);
    expect(series.total).toBe(4);
    expect(series.parts.map((p) => p.part)).toEqual([1, 4]);
  });

  test('gives a repeated part number (which the content rules refuse) to the earlier article only', () => {
    expect(numbers([member('late', '2024-01-05', 1), member('early', '2024-01-01', 1)])).toEqual([
      [1, 'early'],
      [2, 'late'],
    ]);
  });

  test('orders same-day parts by slug, so that every build numbers them alike', () => {
    expect(numbers([member('b', '2024-01-01'), member('a', '2024-01-01')])).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
  });
});
