import { describe, expect, test } from 'vitest';
import { LANGUAGES } from '../../../src/config/languages.ts';
import { site } from '../../../src/config/site.ts';
import {
  dictionaryOf,
  fill,
  formatNumber,
  kickerLabel,
  plural,
  templateParts,
} from '../../../src/lib/i18n/dictionary.ts';

/** Every string of a dictionary, by its path ("article.by"). */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
    strings(inner, path ? `${path}.${key}` : key),
  );
}

describe('the dictionaries', () => {
  test('have the same keys in every language (the types make sure; this shows it)', () => {
    const keys = (lang: (typeof LANGUAGES)[number]) => strings(dictionaryOf(lang)).map(([path]) => path);
    for (const lang of LANGUAGES) expect(keys(lang)).toEqual(keys('en'));
  });

  test('the Urdu one is written in Urdu: no value with Latin words is copied from English', () => {
    const english = new Map(strings(dictionaryOf('en')));
    for (const [path, value] of strings(dictionaryOf('ur'))) {
      if (/[A-Za-z]{2}/.test(value.replaceAll(/\{\w+\}/g, '')))
        expect.fail(`ur ${path}: "${value}" has Latin words`);
      if (/[A-Za-z]/.test((english.get(path) ?? '').replaceAll(/\{\w+\}/g, '')))
        expect(value, path).not.toBe(english.get(path));
    }
  });

  test('keep each template’s placeholders in every language', () => {
    const placeholders = (value: string) => [...value.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const english = new Map(strings(dictionaryOf('en')));
    for (const [path, value] of strings(dictionaryOf('ur')))
      expect(placeholders(value), path).toEqual(placeholders(english.get(path) ?? ''));
  });

  test('name every kicker of the site in every language', () => {
    for (const lang of LANGUAGES)
      for (const kicker of site.kickers) expect(Object.keys(dictionaryOf(lang).kickers)).toContain(kicker);
    expect(kickerLabel('Analysis', 'ur')).toBe('تجزیہ');
    expect(kickerLabel('Analysis', 'en')).toBe('Analysis');
  });
});

describe('fill and templateParts', () => {
  test('fill puts values in for placeholders, leaving unknown ones', () => {
    expect(fill('{count} min read, {other}', { count: 5 })).toBe('5 min read, {other}');
  });

  test('templateParts cuts a template at its placeholders, in the language’s word order', () => {
    expect(templateParts(dictionaryOf('ur').article.suggestCorrection)).toEqual([
      { text: 'کوئی غلطی نظر آئی؟ مضمون کے متن کی ' },
      { slot: 'link' },
      { text: '۔' },
    ]);
  });
});

describe('plural and formatNumber', () => {
  test('choose the form by the language’s plural rules and write the number with Intl', () => {
    const { articles } = dictionaryOf('ur').listings;
    expect(plural(articles, 1, 'ur')).toBe('1 مضمون');
    expect(plural(articles, 3, 'ur')).toBe('3 مضامین');
    expect(plural(dictionaryOf('en').listings.articles, 1, 'en')).toBe('1 article');
    expect(formatNumber(12345, 'ur')).toBe(new Intl.NumberFormat('ur-PK').format(12345));
  });
});
