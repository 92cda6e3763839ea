/**
 * A generated site bigger than the real content, for the browser tests of pagination: 45 articles over two
 * authors and five tags, so that the home page, a tag and an author each run to more than one page. Its
 * search index is cut into shards of `corpusSearchShardSize` pages, so that search is tested across shards.
 * `node tests/support/corpus-site.ts <folder>` writes the content to <folder>/content and builds it into
 * <folder>/dist (Playwright's second web server does this, then serves the result).
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, writeCorpus, type CorpusOptions } from '../../bench/corpus.ts';
import { buildSite } from './build-site.ts';

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
  const { status, output } = buildSite(
    {
      DISPATCH_CONTENT_DIR: join(dir, 'content'),
      DISPATCH_SEARCH_SHARD_SIZE: String(corpusSearchShardSize),
    },
    { outDir: join(dir, 'dist'), cacheDir: join(dir, 'cache') },
  );
  if (status !== 0) {
    console.error(output);
    process.exit(status ?? 1);
  }
}
