import { createHash } from 'node:crypto';

/**
 * The pages of each shard of the search index (src/integrations/pagefind.ts): `pages` (paths of the built site)
 * spread over ⌈pages / shardSize⌉ shards by a hash of their path, each shard's pages in path order, empty shards
 * left out. A page stays in its shard as pages come and go (only a change in the number of shards moves pages),
 * so that a new or edited article changes one shard and the others are reused from the build cache. Shards hold
 * about `shardSize` pages, a few per cent more or less. Kept apart from ./shards.ts, which the browser loads.
 */
export function assignShards(pages: readonly string[], shardSize: number): string[][] {
  const count = Math.max(1, Math.ceil(pages.length / shardSize));
  const shards: string[][] = Array.from({ length: count }, () => []);
  for (const page of [...pages].sort()) {
    shards[createHash('sha256').update(page).digest().readUInt32BE(0) % count]?.push(page);
  }
  return shards.filter((shard) => shard.length > 0);
}
