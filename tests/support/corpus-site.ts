/**
 * A generated site bigger than the real content, for the browser tests of pagination: 45 articles over two
 * authors and five tags, so that the home page, a tag and an author each run to more than one page. Its
 * search index is cut into shards of `corpusSearchShardSize` pages, so that search is tested across shards.
 * `node tests/support/corpus-site.ts <folder>` writes the content to <folder>/content and builds it into
 * <folder>/dist (Playwright's second web server does this, then serves the result).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, writeCorpus, type CorpusOptions } from '../../bench/corpus.ts';

export const corpusSiteOptions: CorpusOptions = {
  articles: 45,
  authors: 2,
  tags: 5,
  words: 150,
  seed: 11,
  draftShare: 0.05,
};

export const corpusSearchShardSize = 20;

/** Where the corpus site of the browser tests on `port` lives. */
export function corpusSiteDir(port: number): string {
  return join(tmpdir(), `dispatch-e2e-corpus-${port}`);
}

if (process.argv[1] === import.meta.filename) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: node tests/support/corpus-site.ts <folder>');
  rmSync(dir, { recursive: true, force: true });
  writeCorpus(generateCorpus(corpusSiteOptions), join(dir, 'content'));
  const result = spawnSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(dir, 'dist')],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        DISPATCH_CONTENT_DIR: join(dir, 'content'),
        DISPATCH_CACHE_DIR: join(dir, 'cache'),
        DISPATCH_SEARCH_SHARD_SIZE: String(corpusSearchShardSize),
      },
    },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}
