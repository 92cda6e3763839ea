import { describe, expect, test } from 'vitest';
import { formatDate, formatList, formatMonth, isoDay, listParts } from '../../src/lib/format.ts';

describe('formatDate', () => {
  test('writes the day, month name and year in British style', () => {
    expect(formatDate(new Date('2024-01-18'), 'en-GB')).toBe('18 January 2024');
  });

  test('uses the calendar day in UTC whatever the time of day', () => {
    expect(formatDate(new Date('2024-01-18T23:30:00Z'), 'en-GB')).toBe('18 January 2024');
    expect(formatDate(new Date('2024-01-18T00:30:00+02:00'), 'en-GB')).toBe('17 January 2024');
  });

  test('follows the locale', () => {
    expect(formatDate(new Date('2024-01-18'), 'en-US')).toBe('January 18, 2024');
  });
});

describe('formatMonth', () => {
  test('names a month, with its year when asked, in the locale’s style', () => {
    expect(formatMonth(2024, 1, 'en-GB')).toBe('January');
    expect(formatMonth(2024, 12, 'en-GB', true)).toBe('December 2024');
    expect(formatMonth(2024, 3, 'fr-FR', true)).toBe('mars 2024');
  });

  test('keeps each formatter apart: a month with its year does not change how a month alone is named', () => {
    expect(formatMonth(2024, 5, 'en-GB', true)).toBe('May 2024');
    expect(formatMonth(2024, 5, 'en-GB')).toBe('May');
    expect(formatDate(new Date('2024-05-01'), 'en-GB')).toBe('1 May 2024');
  });
});

describe('isoDay', () => {
  test('gives the date part of the UTC timestamp', () => {
    expect(isoDay(new Date('2024-01-05T12:00:00Z'))).toBe('2024-01-05');
  });
});

describe('formatDate in Urdu', () => {
  test('writes the day with Urdu month names, as Intl does for ur-PK', () => {
    expect(formatDate(new Date('2024-01-18'), 'ur-PK')).toBe('18 جنوری، 2024');
    expect(formatMonth(2024, 3, 'ur-PK', true)).toBe('مارچ 2024');
  });
});

describe('listParts and formatList', () => {
  test('join one, two and three names in the locale’s words', () => {
    expect(formatList(['A'], 'en-GB')).toBe('A');
    expect(formatList(['A', 'B'], 'en-GB')).toBe('A and B');
    expect(formatList(['A', 'B', 'C'], 'en-GB')).toBe('A, B and C');
    expect(formatList(['A', 'B', 'C'], 'en-US')).toBe('A, B, and C');
    expect(formatList(['A', 'B'], 'fr-FR')).toBe('A et B');
    expect(formatList(['A', 'B'], 'ur-PK')).toBe('A اور B');
  });

  test('give each item by its index, in order, with the words between them', () => {
    expect(listParts(3, 'en-GB')).toEqual([
      { item: 0 },
      { text: ', ' },
      { item: 1 },
      { text: ' and ' },
      { item: 2 },
    ]);
  });
});
