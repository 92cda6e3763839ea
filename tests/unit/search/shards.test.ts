import { describe, expect, test } from 'vitest';
import { parseShardSize } from '../../../src/config/env.ts';
import { parseShardList, searchShardPath } from '../../../src/lib/search/shards.ts';

describe('search index shards', () => {
  test('the first shard is the bundle itself, the others are folders in it', () => {
    expect([1, 2, 12].map(searchShardPath)).toEqual(['', 'shard-2/', 'shard-12/']);
  });

  test('the shards file lists shard folders, and nothing else is accepted', () => {
    expect(parseShardList([])).toEqual([]);
    expect(parseShardList(['shard-2/', 'shard-3/'])).toEqual(['shard-2/', 'shard-3/']);
    for (const bad of [{}, ['../elsewhere/'], ['https://example.org/pagefind/'], [2], 'shard-2/']) {
      expect(() => parseShardList(bad), JSON.stringify(bad)).toThrow(
        'shards.json: expected a list of shard folders such as ["shard-2/"]',
      );
    }
  });

  test('the shard size is a whole number above 0', () => {
    expect(parseShardSize('2000')).toBe(2000);
    for (const bad of ['0', '-5', '1.5', 'many', '']) {
      expect(() => parseShardSize(bad), bad).toThrow(
        `DISPATCH_SEARCH_SHARD_SIZE: expected a whole number of pages above 0, such as 2000; got "${bad}"`,
      );
    }
  });
});
