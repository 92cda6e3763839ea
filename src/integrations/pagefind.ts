import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { sourceDigest } from '../lib/content/loaders/source-digest.ts';
import { indexedDocument } from '../lib/search/indexed-document.ts';
import { assignShards } from '../lib/search/shard-assignment.ts';
import { searchShardPath, SEARCH_SHARDS_FILE } from '../lib/search/shards.ts';

/**
 * Indexes the built site with Pagefind at the end of every `astro build`, into <outDir>/pagefind/, so that
 * `npm run build` and a build into another folder (`astro build --outDir …`) both ship a search index.
 * Pagefind's binary comes from the npm package @pagefind/linux-x64 (and its siblings): nothing is downloaded.
 * Only the regions marked `data-pagefind-body` (the article: headline, dek, body and figure captions) are
 * indexed, less what is marked `data-pagefind-ignore` (byline, table of contents, end matter).
 *
 * Memory: Pagefind holds everything it indexes in memory until it writes the index, about 0.6 MB an article
 * (3 GB at 5,000). The pages are therefore indexed in shards of about `shardSize`, one Pagefind process after
 * another, each with its own memory: the first shard is the index at /pagefind/, the others go to
 * /pagefind/shard-2/, …, listed in /pagefind/shards.json; the search page merges them (Pagefind's
 * mergeIndex) and lists their results by score (each shard scores by its own word statistics).
 *
 * Rebuilds: a page belongs to a shard by a hash of its path (src/lib/search/shards.ts), and Pagefind is handed
 * each page as the document it indexes (src/lib/search/indexed-document.ts: the indexed regions, which give the
 * same index byte for byte). A shard whose documents are all unchanged since an earlier build is copied from the
 * build cache (`cacheDir`/search-index/) instead of being indexed again, so a one-article edit re-indexes one
 * shard. The cache remembers each page's digest beside the digest of its document, so that an unchanged page is
 * not even parsed.
 */
export function pagefindIndex({
  shardSize,
  cacheDir,
}: {
  shardSize: number;
  cacheDir: string;
}): AstroIntegration {
  if (!Number.isInteger(shardSize) || shardSize < 1) {
    throw new Error(
      `pagefindIndex: shardSize must be a whole number of pages above 0, got ${String(shardSize)}`,
    );
  }
  return {
    name: 'dispatch:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages, shards, indexed } = await indexSite(
          fileURLToPath(dir),
          shardSize,
          join(cacheDir, 'search-index'),
        );
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `search index of ${String(pages)} pages in ${String(shards)} shard(s) written in ${seconds} s ` +
            `(${String(indexed)} indexed, ${String(shards - indexed)} from the build cache)`,
        );
      },
    },
  };
}

/** Pagefind's options: part of every shard's cache key. */
const OPTIONS = {
  // A figure's credit ("Dispatch graphic") is attribution, not article text; its caption is text.
  excludeSelectors: ['figcaption .credit'],
};

/** Pagefind's own search interfaces (about 430 KB a shard), which nothing on the site loads. */
const UNUSED_UI = /^pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/;

/** How many pages are sent to Pagefind at once: it indexes them in parallel, and its output does not depend on the order. */
const IN_FLIGHT = 16;

/** What the cache remembers between builds. */
interface Manifest {
  version: string;
  /** Per page: the digest of the built file and of its indexed document (null: the page has none). */
  pages: Record<string, { file: string; document: string | null }>;
}

const digest = (text: string | Buffer) => createHash('sha256').update(text).digest('base64url');

/** Indexes the site at `site` in shards, reusing from `cache` the shards whose documents did not change. */
async function indexSite(
  site: string,
  shardSize: number,
  cache: string,
): Promise<{ pages: number; shards: number; indexed: number }> {
  // This module with the ones it imports, and the lockfile (Pagefind's version): new code may index differently.
  const version = digest(JSON.stringify({ code: sourceDigest(['src/integrations/pagefind.ts']), OPTIONS }));
  const manifestFile = join(cache, 'manifest.json');
  const previous = readManifest(manifestFile, version);
  const next: Manifest = { version, pages: {} };

  // Each page's document digest: remembered when the built file is unchanged, computed otherwise.
  for (const page of htmlFiles(site)) {
    const bytes = readFileSync(join(site, page));
    const file = digest(bytes);
    const known = previous?.pages[page];
    if (known?.file === file) {
      next.pages[page] = known;
      continue;
    }
    const document = indexedDocument(bytes.toString('utf8'));
    next.pages[page] = { file, document: document === undefined ? null : digest(document) };
  }
  const pages = Object.entries(next.pages).flatMap(([page, { document }]) =>
    document === null ? [] : [page],
  );
  if (pages.length === 0) throw new Error('no page of the built site has a data-pagefind-body region');

  const shardsDir = join(cache, 'shards');
  const used = new Set<string>();
  const listed: string[] = [];
  let indexed = 0;
  for (const [i, shardPages] of assignShards(pages, shardSize).entries()) {
    const path = searchShardPath(i + 1);
    const key = digest(
      JSON.stringify([version, path, shardPages.map((page) => [page, next.pages[page]?.document])]),
    ).slice(0, 32);
    const stored = join(shardsDir, key);
    if (!existsSync(stored)) {
      // Written under another name and renamed when complete: a build stopped halfway leaves no shard to reuse.
      const partial = `${stored}.${String(process.pid)}.partial`;
      await indexShard(site, shardPages, partial);
      renameSync(partial, stored);
      indexed++;
    }
    cpSync(stored, join(site, 'pagefind', path), { recursive: true });
    used.add(key);
    listed.push(path);
  }
  // The first shard is the index itself; the search page merges the others in.
  writeFileSync(join(site, 'pagefind', SEARCH_SHARDS_FILE), `${JSON.stringify(listed.slice(1))}\n`);

  // Shards of earlier builds that this one did not use are stale.
  if (existsSync(shardsDir)) {
    for (const name of readdirSync(shardsDir))
      if (!used.has(name)) rmSync(join(shardsDir, name), { recursive: true, force: true });
  }
  mkdirSync(cache, { recursive: true });
  writeFileSync(manifestFile, JSON.stringify(next));
  return { pages: pages.length, shards: listed.length, indexed };
}

/** Indexes `pages` in a Pagefind process of their own and writes the index to `outputPath`. */
async function indexShard(site: string, pages: readonly string[], outputPath: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex(OPTIONS);
    if (!index) throw new Error(errors.join('\n'));
    let next = 0;
    const worker = async () => {
      for (let page = pages[next++]; page !== undefined; page = pages[next++]) {
        const content = indexedDocument(readFileSync(join(site, page), 'utf8')) ?? '';
        const added = await index.addHTMLFile({ sourcePath: page, content });
        if (added.errors.length > 0) throw new Error(`${page}: ${added.errors.join('\n')}`);
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    // Pagefind also writes its ready-made search interfaces; the search page has its own (src/lib/search/script.ts).
    for (const file of readdirSync(outputPath)) {
      if (UNUSED_UI.test(file)) rmSync(join(outputPath, file));
    }
  } catch (error) {
    // A half-written shard must never be taken for a finished one by a later build.
    rmSync(outputPath, { recursive: true, force: true });
    throw error;
  } finally {
    // Ends the Pagefind process, so that the next shard starts with none of this one's memory.
    await pagefind.close();
  }
}

/** The built pages, as paths relative to the site, in a stable order. */
function htmlFiles(site: string): string[] {
  return readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .sort();
}

/** The manifest of an earlier build, if it was written by this version of the indexing. */
function readManifest(file: string, version: string): Manifest | undefined {
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    return manifest.version === version ? manifest : undefined;
  } catch {
    return undefined;
  }
}
