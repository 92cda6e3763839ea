import { describe, expect, test } from 'vitest';
import { foldText, forEachWord, markdownProse, termOf, terms } from '../../../src/lib/related/terms.ts';

describe('terms', () => {
  test('lowercases, drops stop words and possessives, and stems', () => {
    expect(terms('The Strikes on Iran’s border were striking')).toEqual([
      'strike',
      'iran',
      'border',
      'strike',
    ]);
  });

  test('folds accents so that spellings with and without them meet', () => {
    expect(terms('Balūchistān')).toEqual(terms('Baluchistan'));
    expect(foldText('Balūchistān')).toBe('baluchistan');
  });

  test('leaves out bare numbers and one-letter words', () => {
    expect(terms('In 2024 a 16 km x border')).toEqual(['km', 'border']);
  });

  test('keeps non-Latin words whole', () => {
    expect(terms('پاکستان ایران')).toEqual(['پاکستان', 'ایران']);
  });
});

describe('termOf', () => {
  test('strips quotes around a word and treats a stop word as no term', () => {
    expect(termOf('’sanctions’')).toBe('sanction');
    expect(termOf('the')).toBeNull();
  });
});

describe('markdownProse', () => {
  test('keeps link text and drops link targets, images, footnote labels, HTML and code', () => {
    const prose = markdownProse(
      [
        'See [the ministry](https://example.org/tehran-statement) and https://bare.example/x.',
        '![a map of the border](./map.png)',
        'A claim.[^1] <abbr title="hidden">UN</abbr>',
        '```',
        'const secret = 1;',
        '```',
        '[^1]: The source.',
      ].join('\n'),
    );
    const words: string[] = [];
    forEachWord(prose, (w) => words.push(w));
    expect(words).toEqual(['see', 'the', 'ministry', 'and', 'a', 'claim', 'un', 'the', 'source']);
  });
});
