import { describe, expect, test } from 'vitest';
import { parseBuildDate } from '../../src/config/env.ts';

describe('parseBuildDate', () => {
  const fallback = new Date('2030-05-05T00:00:00Z');

  test('uses the clock when DISPATCH_BUILD_DATE is not set', () => {
    expect(parseBuildDate(undefined, fallback)).toBe(fallback);
    expect(parseBuildDate('', fallback)).toBe(fallback);
  });

  test('takes an ISO date or date-time', () => {
    expect(parseBuildDate('2024-06-01', fallback)).toEqual(new Date('2024-06-01T00:00:00Z'));
    expect(parseBuildDate('2024-06-01T09:30:00Z', fallback)).toEqual(new Date('2024-06-01T09:30:00Z'));
  });

  test('rejects a value that is not a date, naming the variable', () => {
    expect(() => parseBuildDate('next tuesday', fallback)).toThrow(
      'DISPATCH_BUILD_DATE: expected an ISO date such as 2024-01-18, got "next tuesday"',
    );
  });
});
