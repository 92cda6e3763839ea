import { describe, expect, test } from 'vitest';
import { buildPhases, parseDuration } from '../../../bench/build-log.ts';

/** What `astro build` prints, cut down: its own lines (some interleaved, as pages render in parallel) and ours. */
const log = `04:30:32 [content] Syncing content
04:30:59 [content] Synced content
04:30:59 [build] Collecting build info...
04:30:59 [build] ✓ Completed in 28.75s.
04:30:59 [build] Building static entrypoints...
04:30:59 [vite] ✓ built in 559ms
\u001b[42m\u001b[30m generating static routes \u001b[39m\u001b[49m
04:31:00   ├─ /404.html04:31:00   ├─ /index.html (+71ms)
04:31:00   ├─ /articles/a/index.html (restored)
04:31:00   ├─ /articles/a/share.png (cached)
04:31:01   ├─ /articles/b/share.png (+336ms)
[dispatch] related articles: 461 ms for 984 articles
04:32:24 ✓ Completed in 1m 24s.
04:32:24 [build] ✓ Completed in 1m 25s.
04:31:33 [dispatch:pagefind] search index of 984 pages in 3 shard(s) written in 8.5 s (1 indexed, 2 from the build cache)
[dispatch] share cards: 1 drawn in 0.3 s of drawing time
`;

describe('parseDuration', () => {
  test('reads Astro’s durations', () => {
    expect([parseDuration('559ms'), parseDuration('28.75s'), parseDuration('1m 58s')]).toEqual([
      0.559, 28.75, 118,
    ]);
    expect(() => parseDuration('soon')).toThrow('not a duration');
  });
});

describe('buildPhases', () => {
  test('reads each phase from its own line', () => {
    expect(buildPhases(log)).toEqual({
      contentSync: 28.75,
      pageGeneration: 84,
      shareCards: 0.3,
      shareCardsDrawn: 1,
      searchIndex: 8.5,
      searchShardsIndexed: 1,
      searchShardsReused: 2,
      related: 0.461,
      pagesRendered: 3,
      pagesReused: 2,
    });
  });

  test('gives null for a phase the log does not show', () => {
    expect(buildPhases('04:30:59 [build] 3 page(s) built in 2s')).toMatchObject({
      contentSync: null,
      pageGeneration: null,
      searchIndex: null,
      pagesRendered: 0,
    });
  });
});
