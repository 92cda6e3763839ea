import { describe, expect, test } from 'vitest';
import { foldText, forEachWord } from '../../../src/lib/related/terms.ts';
import { WordIds } from '../../../src/lib/related/word-ids.ts';

/** The words WordIds sees, recovered from their ids. */
function wordsSeen(texts: readonly string[]): { words: string[]; resolved: string[] } {
  const resolved: string[] = [];
  const ids = new WordIds((word) => resolved.push(word) - 1);
  const words: string[] = [];
  for (const text of texts) ids.forEachId(text, (id) => words.push(resolved[id] ?? '?'));
  return { words, resolved };
}

describe('WordIds', () => {
  test('cuts the same words as forEachWord, apostrophes, accents and other scripts included', () => {
    const text = foldText("Iran’s strike — in Balūchistān (پاکستان) hit 2 “bases”; don't 𝒳ray it.");
    const expected: string[] = [];
    forEachWord(text, (w) => expected.push(w));
    expect(wordsSeen([text]).words).toEqual(expected);
  });

  test('resolves each distinct word once and gives it the same id every time', () => {
    const { words, resolved } = wordsSeen(['tanker pipeline tanker', 'pipeline tanker']);
    expect(words).toEqual(['tanker', 'pipeline', 'tanker', 'pipeline', 'tanker']);
    expect(resolved).toEqual(['tanker', 'pipeline']);
  });

  test('keeps every word apart as the table grows past its first size', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => `w${i.toString(36)}`);
    const { words, resolved } = wordsSeen([many.join(' '), many.slice(0, 100).join(' ')]);
    expect(resolved).toHaveLength(50_000);
    expect(words.slice(50_000)).toEqual(many.slice(0, 100));
  });
});
