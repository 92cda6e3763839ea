import { describe, expect, test } from 'vitest';
import { SLUG_PATTERN } from '../../../src/lib/content/schema.ts';
import { MAX_SLUG_LENGTH, slugify } from '../../../src/lib/editor/slugify.ts';

describe('slugify', () => {
  test('lowercases words and joins them with single hyphens, dropping punctuation', () => {
    expect(slugify('North Korea: New Year -- Threat!')).toBe('north-korea-new-year-threat');
  });

  test('keeps an apostrophe’s word whole, curly or straight', () => {
    expect(slugify('Iran’s Strikes in Pakistan')).toBe('irans-strikes-in-pakistan');
    expect(slugify("Iran's Strikes")).toBe('irans-strikes');
  });

  test('drops accents and spells out letters without a base form', () => {
    expect(slugify('Kraków, Zürich and Straße: Ærø')).toBe('krakow-zurich-and-strasse-aero');
  });

  test('reads an ampersand as "and" and keeps digits', () => {
    expect(slugify('Trade & Security in 2024')).toBe('trade-and-security-in-2024');
  });

  test('cuts a long headline at a word boundary', () => {
    const slug = slugify(`${'word '.repeat(30)}end`);
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith('-word')).toBe(true);
  });

  test('cuts a single over-long word rather than returning nothing', () => {
    expect(slugify('a'.repeat(100), 10)).toBe('aaaaaaaaaa');
  });

  test('returns an empty slug for text without Latin letters or digits', () => {
    expect(slugify('— ? —')).toBe('');
    expect(slugify('伊朗')).toBe('');
  });

  test.each([
    'Iran’s Missile Strike on Pakistani Territory: A Tense Turn',
    '  -Leading and trailing-  ',
    'É',
  ])('always gives a valid slug for %j', (headline) => {
    expect(slugify(headline)).toMatch(SLUG_PATTERN);
  });
});
