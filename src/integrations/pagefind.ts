import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { searchShardPath, SEARCH_SHARDS_FILE } from '../lib/search/shards.ts';

/**
 * Indexes the built site with Pagefind at the end of every `astro build`, into <outDir>/pagefind/, so that
 * `npm run build` and a build into another folder (`astro build --outDir …`) both ship a search index.
 * Pagefind's binary comes from the npm package @pagefind/linux-x64 (and its siblings): nothing is downloaded.
 * Only the regions marked `data-pagefind-body` (the article: headline, dek, body and figure captions) are
 * indexed, less what is marked `data-pagefind-ignore` (byline, table of contents, end matter).
 *
 * Pagefind holds everything it indexes in memory until it writes the index: about 0.6 MB an article, so
 * 3 GB at 5,000 articles. The pages are therefore indexed in shards of `shardSize`, one Pagefind process
 * after another, each with its own memory: the first shard is the index at /pagefind/, the others go to
 * /pagefind/shard-2/, …, listed in /pagefind/shards.json; the search page merges them (Pagefind's
 * mergeIndex) and lists their results by score (each shard scores by its own word statistics).
 */
export function pagefindIndex({ shardSize }: { shardSize: number }): AstroIntegration {
  if (!Number.isInteger(shardSize) || shardSize < 1) {
    throw new Error(
      `pagefindIndex: shardSize must be a whole number of pages above 0, got ${String(shardSize)}`,
    );
  }
  return {
    name: 'dispatch:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const pages = searchablePages(site);
        if (pages.length === 0) throw new Error('no page of the built site has a data-pagefind-body region');
        const shards: string[] = [];
        for (let start = 0; start < pages.length; start += shardSize) {
          const path = searchShardPath(shards.length + 1);
          await indexShard(site, pages.slice(start, start + shardSize), join(site, 'pagefind', path));
          shards.push(path);
        }
        // The first shard is the index itself; the search page merges the others in.
        writeFileSync(join(site, 'pagefind', SEARCH_SHARDS_FILE), `${JSON.stringify(shards.slice(1))}\n`);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `search index of ${String(pages.length)} pages in ${String(shards.length)} shard(s) written in ${seconds} s`,
        );
      },
    },
  };
}

/** Pagefind's own search interfaces (about 430 KB a shard), which nothing on the site loads. */
const UNUSED_UI = /^pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/;

/** The built pages with a region to index, as paths relative to the site, in a stable order. */
function searchablePages(site: string): string[] {
  return readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .sort()
    .filter((file) => readFileSync(join(site, file), 'utf8').includes('data-pagefind-body'));
}

/** Indexes `pages` in a Pagefind process of their own and writes the index to `outputPath`. */
async function indexShard(site: string, pages: readonly string[], outputPath: string): Promise<void> {
  try {
    // A figure's credit ("Dispatch graphic") is attribution, not article text; its caption is text.
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['figcaption .credit'] });
    if (!index) throw new Error(errors.join('\n'));
    for (const page of pages) {
      const added = await index.addHTMLFile({
        sourcePath: page,
        content: readFileSync(join(site, page), 'utf8'),
      });
      if (added.errors.length > 0) throw new Error(`${page}: ${added.errors.join('\n')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    // Pagefind also writes its ready-made search interfaces; the search page has its own (src/lib/search/script.ts).
    for (const file of readdirSync(outputPath)) {
      if (UNUSED_UI.test(file)) rmSync(join(outputPath, file));
    }
  } finally {
    // Ends the Pagefind process, so that the next shard starts with none of this one's memory.
    await pagefind.close();
  }
}
