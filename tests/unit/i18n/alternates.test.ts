import { describe, expect, test } from 'vitest';
import { alternatesOf, defaultAlternate, pathsByLanguage } from '../../../src/lib/i18n/alternates.ts';

const paths = pathsByLanguage([
  ['en', ['', 'articles/a/', 'articles/only-english/', 'tags/iran/']],
  ['ur', ['ur/', 'ur/articles/a/', 'ur/articles/only-urdu/', 'ur/tags/iran/']],
]);

describe('alternatesOf', () => {
  test('finds the page in every edition that has its path, itself included, in the languages’ order', () => {
    const both = [
      { lang: 'en', path: 'articles/a/' },
      { lang: 'ur', path: 'ur/articles/a/' },
    ];
    expect(alternatesOf('en', 'articles/a/', paths)).toEqual(both);
    expect(alternatesOf('ur', 'ur/articles/a/', paths)).toEqual(both);
    expect(alternatesOf('ur', 'ur/', paths)).toEqual([
      { lang: 'en', path: '' },
      { lang: 'ur', path: 'ur/' },
    ]);
  });

  test('gives a page in one language none', () => {
    expect(alternatesOf('en', 'articles/only-english/', paths)).toEqual([]);
    expect(alternatesOf('ur', 'ur/articles/only-urdu/', paths)).toEqual([]);
  });
});

describe('defaultAlternate', () => {
  test('is the default language’s version, else the first', () => {
    expect(defaultAlternate(alternatesOf('ur', 'ur/tags/iran/', paths))).toEqual({
      lang: 'en',
      path: 'tags/iran/',
    });
    expect(defaultAlternate([{ lang: 'ur', path: 'ur/x/' }])).toEqual({ lang: 'ur', path: 'ur/x/' });
    expect(defaultAlternate([])).toBeUndefined();
  });
});
