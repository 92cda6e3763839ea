import { describe, expect, test } from 'vitest';
import { formatDate, isoDay } from '../../src/lib/format.ts';
import { parseBuildDate } from '../../src/config/env.ts';

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

describe('isoDay', () => {
  test('gives the date part of the UTC timestamp', () => {
    expect(isoDay(new Date('2024-01-05T12:00:00Z'))).toBe('2024-01-05');
  });
});

describe('parseBuildDate', () => {
  const fallback = new Date('2026-01-01T00:00:00Z');
  test('falls back to the given date when unset', () => {
    expect(parseBuildDate(undefined, fallback)).toBe(fallback);
    expect(parseBuildDate('', fallback)).toBe(fallback);
  });

  test('reads an ISO date', () => {
    expect(parseBuildDate('2024-01-19', fallback).toISOString()).toBe('2024-01-19T00:00:00.000Z');
  });

  test('names the variable and the expected form when the value is not a date', () => {
    expect(() => parseBuildDate('tomorrow', fallback)).toThrow(/DISPATCH_BUILD_DATE: expected an ISO date/);
  });
});
