import { languages, type Lang } from '../../../src/config/languages.ts';
import { dictionaryOf } from '../../../src/lib/i18n/dictionary.ts';
import { describe, expect, test } from 'vitest';
import {
  isSearch,
  pagefindFilters,
  paramsFromState,
  resultsSummary,
  type SearchStrings,
  stateFromParams,
} from '../../../src/lib/search/state.ts';

const empty = { query: '', tag: '', author: '' };

describe('search state in the address', () => {
  test('reads words and filters from the query string, trimming the words', () => {
    expect(stateFromParams(new URLSearchParams('q=%20Baluchistan%20&tag=Iran'))).toEqual({
      query: 'Baluchistan',
      tag: 'Iran',
      author: '',
    });
  });

  test('writes only the fields that are set, and survives a round trip', () => {
    const state = { query: 'missile strike', tag: '', author: 'Hadia Safeer' };
    const written = paramsFromState(state);
    expect(written).toBe('?q=missile+strike&author=Hadia+Safeer');
    expect(stateFromParams(new URLSearchParams(written))).toEqual(state);
    expect(paramsFromState(empty)).toBe('');
  });
});

describe('isSearch', () => {
  test('is a search with words or with a filter alone, not with nothing', () => {
    expect(isSearch(empty)).toBe(false);
    expect(isSearch({ ...empty, tag: 'Iran' })).toBe(true);
    expect(isSearch({ ...empty, query: 'x' })).toBe(true);
  });
});

describe('pagefindFilters', () => {
  test('passes only the filters that are set', () => {
    expect(pagefindFilters(empty)).toEqual({});
    expect(pagefindFilters({ query: 'x', tag: 'Iran', author: '' })).toEqual({ tag: 'Iran' });
  });
});

/** The words the search page hands its script, from the language's dictionary (as src/pages/[...lang]/search.astro does). */
const stringsOf = (lang: Lang): SearchStrings => {
  const { unavailable, none, count, summary, forQuery, inTag, byAuthor } = dictionaryOf(lang).search;
  return { locale: languages[lang].locale, unavailable, none, count, summary, forQuery, inTag, byAuthor };
};

describe('resultsSummary', () => {
  const english = stringsOf('en');

  test('says how many results, for which words, within which filters', () => {
    expect(resultsSummary(3, { query: 'Baluchistan', tag: '', author: '' }, english)).toBe(
      '3 results for “Baluchistan”.',
    );
    expect(resultsSummary(1, { query: 'strike', tag: 'Iran', author: 'Hadia Safeer' }, english)).toBe(
      '1 result for “strike” in Iran by Hadia Safeer.',
    );
    expect(resultsSummary(0, { query: 'zzz', tag: '', author: '' }, english)).toBe('No results for “zzz”.');
  });

  test('says it in Urdu on the Urdu page, in Urdu word order', () => {
    const urdu = stringsOf('ur');
    expect(resultsSummary(3, { query: 'بلوچستان', tag: 'ایران', author: '' }, urdu)).toBe(
      '’بلوچستان‘ کے لیے ایران میں 3 نتائج۔',
    );
    expect(resultsSummary(1, { query: 'حملہ', tag: '', author: '' }, urdu)).toBe('’حملہ‘ کے لیے 1 نتیجہ۔');
    expect(resultsSummary(0, { query: '', tag: '', author: 'ہادیہ سفیر' }, urdu)).toBe(
      'ہادیہ سفیر کی تحریروں میں کوئی نتیجہ نہیں ملا۔',
    );
  });
});
