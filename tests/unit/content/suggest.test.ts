import { describe, expect, test } from 'vitest';
import { editDistance, nearest } from '../../../src/lib/content/suggest.ts';

describe('editDistance', () => {
  test('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('nearest', () => {
  test('suggests the closest slug for a typo', () => {
    expect(nearest('pakistn', ['iran', 'pakistan', 'security'])).toBe('pakistan');
  });

  test('suggests nothing when no slug is close', () => {
    expect(nearest('economy', ['iran', 'pakistan', 'security'])).toBeUndefined();
  });

  test('breaks ties alphabetically', () => {
    expect(nearest('cat', ['cut', 'bat'])).toBe('bat');
  });
});
