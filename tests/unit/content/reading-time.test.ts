import { describe, expect, test } from 'vitest';
import { countWords, readingMinutes } from '../../../src/lib/content/reading-time.ts';

describe('countWords', () => {
  test('counts the words of plain prose, contractions and hyphenated words as one', () => {
    expect(countWords('Iran’s cross-border strike didn’t end it.')).toBe(6);
  });

  test('keeps link text and drops the address', () => {
    expect(countWords('Read [the full report](https://example.org/a/long/path) today')).toBe(5);
  });

  test('leaves out code blocks, images, HTML tags and footnote markers', () => {
    const markdown = [
      'One two.',
      '```',
      'const x = 1;',
      '```',
      '![a chart](./c.png) three<br/> four[^1]',
      '[^1]: five',
    ].join('\n');
    expect(countWords(markdown)).toBe(5);
  });

  test('counts headings and list items', () => {
    expect(countWords('## What happened\n\n- first item\n- second item')).toBe(6);
  });

  test('counts Urdu words whole, their vowel marks and non-joiners inside them', () => {
    // حفاظتِ carries a zer (a combining mark); ہوئے‌تھے is written with a zero-width non-joiner.
    expect(countWords('پاکستان کی حفاظتِ سرحد، ہوئے\u200Cتھے۔')).toBe(5);
  });

  test('counts nothing in an empty body', () => {
    expect(countWords('')).toBe(0);
  });
});

describe('readingMinutes', () => {
  test('rounds up to whole minutes', () => {
    expect(readingMinutes(231, 230)).toBe(2);
    expect(readingMinutes(230, 230)).toBe(1);
  });

  test('is at least one minute', () => {
    expect(readingMinutes(0, 230)).toBe(1);
  });

  test('rejects a speed that is not positive', () => {
    expect(() => readingMinutes(100, 0)).toThrow(RangeError);
  });
});
