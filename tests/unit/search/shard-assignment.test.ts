import { describe, expect, test } from 'vitest';
import { assignShards } from '../../../src/lib/search/shard-assignment.ts';

const pages = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => `articles/story-${String(from + i)}/index.html`);

describe('assignShards', () => {
  test('puts every page in exactly one shard, in path order, about shardSize to a shard', () => {
    const all = pages(1000);
    const shards = assignShards(all, 100);
    expect(shards).toHaveLength(10);
    expect(shards.flat().sort()).toEqual([...all].sort());
    for (const shard of shards) {
      expect(shard).toEqual([...shard].sort());
      expect(shard.length).toBeGreaterThan(60);
      expect(shard.length).toBeLessThan(140);
    }
  });

  test('keeps a page in its shard when a page is added or removed', () => {
    const before = assignShards(pages(950), 100);
    const after = assignShards([...pages(950), 'articles/a-new-story/index.html'].slice(1), 100);
    const changed = before.filter((shard, i) => JSON.stringify(shard) !== JSON.stringify(after[i]));
    expect(changed.length).toBeLessThanOrEqual(2);
  });

  test('gives one shard to a small site, and none to no pages', () => {
    expect(assignShards(pages(3), 100)).toEqual([pages(3).sort()]);
    expect(assignShards([], 100)).toEqual([]);
  });
});
