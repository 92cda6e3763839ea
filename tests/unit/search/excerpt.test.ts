import { describe, expect, test } from 'vitest';
import { bodyStart, densestWindow, searchExcerpt, type FoundWord } from '../../../src/lib/search/excerpt.ts';

const title = 'Border Talks: A Tense Turn in Relations';
/** Indexed text as Pagefind builds it: the headline, a full stop, the dek, then the body. */
const content = `${title}. The dek says what the piece is about. ${Array.from({ length: 60 }, (_, i) => `w${String(i)}`).join(' ')} relations end here.`;
const words = content.split(' ');
const at = (word: string): number => words.indexOf(word);
const found = (...locations: number[]): FoundWord[] =>
  locations.map((location) => ({ location, balanced_score: location < 7 ? 25000 : 500 }));

describe('bodyStart', () => {
  test('is the number of words of the title that starts the text', () => {
    expect(bodyStart(words, title)).toBe(7);
    expect(words[bodyStart(words, title)]).toBe('The');
  });

  test('takes a title ending in punctuation, which gets no added full stop', () => {
    expect(bodyStart(['Is', 'it', 'over?', 'Body', 'text.'], 'Is it over?')).toBe(3);
  });

  test('is 0 when the text does not start with the title, or there is none', () => {
    expect(bodyStart(words, 'Another Title')).toBe(0);
    expect(bodyStart(words, undefined)).toBe(0);
    expect(bodyStart(['Only', 'title.'], 'Only title')).toBe(0);
  });
});

describe('densestWindow', () => {
  test('centres a single found word in the window', () => {
    // The ten windows starting at 41 to 50 all hold it: the middle one, the sixth, starts at 46.
    expect(densestWindow(found(50), 0, 10)).toBe(46);
  });

  test('prefers the stretch where found words score most', () => {
    const hits: FoundWord[] = [
      { location: 20, balanced_score: 1 },
      { location: 60, balanced_score: 1 },
      { location: 64, balanced_score: 1 },
    ];
    expect(densestWindow(hits, 0, 10)).toBeGreaterThan(54);
    expect(densestWindow(hits, 0, 10)).toBeLessThanOrEqual(60);
  });

  test('ignores found words before `from`, and starts at `from` when none is after it', () => {
    expect(densestWindow(found(3), 7, 10)).toBe(7);
    expect(densestWindow(found(3, 40), 7, 10)).toBe(36);
  });
});

describe('searchExcerpt', () => {
  const excerpt = (...locations: number[]): string =>
    searchExcerpt({ raw_content: content, weighted_locations: found(...locations), meta: { title } }, 12);

  test('starts with the dek when the words were found in the title only', () => {
    expect(excerpt(at('Relations.'))).toBe(words.slice(7, 19).join(' '));
  });

  test('shows a found word of the body in <mark>, and no word of the title', () => {
    const result = excerpt(at('Relations.'), at('relations'));
    expect(result).toContain('<mark>relations</mark>');
    expect(result).not.toContain('Relations.');
    for (let i = 0; i < 7; i++) expect(result.startsWith(words.slice(i, 7).join(' '))).toBe(false);
  });

  test('never runs past the end of the text', () => {
    expect(excerpt(at('here.')).split(' ')).toHaveLength(12);
    expect(excerpt(at('here.')).endsWith('end <mark>here.</mark>')).toBe(true);
  });

  test('keeps the whole text for a page whose text does not start with its title', () => {
    const result = searchExcerpt(
      { raw_content: 'Some words here.', weighted_locations: found(1), meta: { title: 'Elsewhere' } },
      12,
    );
    expect(result).toBe('Some <mark>words</mark> here.');
  });
});
