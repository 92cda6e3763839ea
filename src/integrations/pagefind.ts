import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { sourceDigest } from '../lib/content/loaders/source-digest.ts';
import { indexedDocument } from '../lib/search/indexed-document.ts';
import { IndexingQueue } from '../lib/search/indexing-queue.ts';
import { assignShards } from '../lib/search/shard-assignment.ts';
import { isShardFolder, searchShardPath, SEARCH_SHARDS_FILE } from '../lib/search/shards.ts';
import { fileStat } from './file-stat.ts';
import { PAGEFIND_OPTIONS, runPagefind } from './pagefind-cli.ts';

/**
 * Indexes the built site with Pagefind at the end of every `astro build` (`start` among the first `astro:build:done`
 * hooks, `finish` among the last: the indexing runs between them), into <outDir>/pagefind/, so that
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
 * Rebuilds: a page belongs to a shard by a hash of its path (src/lib/search/shards.ts), and Pagefind indexes
 * each page as the document it indexes (src/lib/search/indexed-document.ts: the indexed regions, which give the
 * same index byte for byte), written to a folder of documents once, when its digest is taken, and indexed from
 * there by Pagefind's command line (./pagefind-cli.ts), a shard at a time. A shard whose documents are all unchanged since an earlier build is copied from the
 * build cache (`cacheDir`/search-index/) instead of being indexed again, so a one-article edit re-indexes one
 * shard. The cache remembers each page's size, modification time and digest beside the digest of its document,
 * so that an unchanged page is not even read, and keeps every document under its digest, so that a shard indexed
 * again parses only its changed pages. A shard already in place in an output folder kept from the last build
 * (./keep-out-dir.ts) is left there.
 */
export function pagefindIndex({
  shardSize,
  cacheDir,
  memoryBudget,
}: {
  shardSize: number;
  cacheDir: string;
  /** Bytes the build may hold while it indexes: how many Pagefind processes may run at once. */
  memoryBudget: number;
}): {
  start: AstroIntegration;
  finish: AstroIntegration;
} {
  if (!Number.isInteger(shardSize) || shardSize < 1) {
    throw new Error(
      `pagefindIndex: shardSize must be a whole number of pages above 0, got ${String(shardSize)}`,
    );
  }
  // Started by `start` once the pages are in place, awaited by `finish`: Pagefind's processes index while the
  // integrations between the two (sitemaps, headers, share cards) do their own work, on the other core.
  let indexing: Promise<void> | undefined;
  return {
    start: {
      name: 'dispatch:pagefind',
      hooks: {
        'astro:build:done': ({ dir, logger }) => {
          const started = performance.now();
          const cache = join(cacheDir, 'search-index');
          indexing = indexSite(fileURLToPath(dir), shardSize, cache, memoryBudget).then(
            ({ pages, shards, indexed, atOnce }) => {
              const seconds = ((performance.now() - started) / 1000).toFixed(1);
              logger.info(
                `search index of ${String(pages)} pages in ${String(shards)} shard(s) written in ${seconds} s ` +
                  `(${String(indexed)} indexed, ${String(shards - indexed)} from the build cache)` +
                  (indexed > 1 ? `, up to ${String(atOnce)} Pagefind processes at once` : ''),
              );
            },
          );
          // A failure is reported by `finish`, not as an unhandled rejection meanwhile.
          indexing.catch(() => undefined);
        },
      },
    },
    finish: {
      name: 'dispatch:pagefind-finish',
      hooks: {
        'astro:build:done': async () => {
          if (!indexing) throw new Error('dispatch:pagefind-finish: the search index was never started');
          await indexing;
        },
      },
    },
  };
}

/** Pagefind's own search interfaces (about 430 KB a shard), which nothing on the site loads. */
const UNUSED_UI = /^pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/;

/** What the cache remembers between builds. */
interface Manifest {
  version: string;
  /**
   * Per page: its file's size and modification time, the digest of its bytes, and the digest of its indexed
   * document (null: the page has none).
   */
  pages: Record<string, { stat: string; file: string; document: string | null }>;
}

/** What a Pagefind process holds in memory per page of its shard (555 MB for 1,000 articles, measured). */
const PAGEFIND_BYTES_PER_PAGE = 0.6e6;

/**
 * Memory of the build that the indexing queue's check cannot see, kept out of its budget: the build process grows
 * by about 100 MB while it reads the next shard's pages (10,000 articles), and npm's and esbuild's processes beside
 * it hold about 70 MB. Without it a 10,000-article build started a second Pagefind process and peaked at 3,084 MiB.
 */
const UNSEEN_BYTES = 256 * 2 ** 20;

/** The attribute of the indexed regions: a page without it anywhere is not parsed. */
const REGION = Buffer.from('data-pagefind-body');

const digest = (text: string | Buffer) => createHash('sha256').update(text).digest('base64url');

/** Indexes the site at `site` in shards, reusing from `cache` the shards whose documents did not change. */
async function indexSite(
  site: string,
  shardSize: number,
  cache: string,
  memoryBudget: number,
): Promise<{ pages: number; shards: number; indexed: number; atOnce: number }> {
  // This module with the ones it imports, and the lockfile (Pagefind's version): new code may index differently.
  const version = digest(
    JSON.stringify({ code: sourceDigest(['src/integrations/pagefind.ts']), PAGEFIND_OPTIONS }),
  );
  const manifestFile = join(cache, 'manifest.json');
  const previous = readManifest(manifestFile, version);
  const next: Manifest = { version, pages: {} };
  // The documents of this build, a folder a shard (at their pages' paths), for Pagefind to index; gone when the
  // index is written. Each document is kept under its digest in `store`, so a shard indexed again links its
  // unchanged pages' documents instead of parsing the pages.
  const documents = join(cache, 'documents');
  const store = join(cache, 'document-store');
  rmSync(documents, { recursive: true, force: true });
  mkdirSync(store, { recursive: true });

  // Each page's document digest: remembered when the built file is unchanged (the same size and modification
  // time, or else the same bytes); otherwise taken when its shard comes up (below), for a page that has the
  // attribute at all (one without is not parsed).
  const toParse = new Set<string>();
  for (const page of htmlFiles(site)) {
    const stat = fileStat(join(site, page));
    const known = previous?.pages[page];
    if (known?.stat === stat) {
      next.pages[page] = known;
      continue;
    }
    const bytes = readFileSync(join(site, page));
    const file = digest(bytes);
    if (known?.file === file) next.pages[page] = { ...known, stat };
    else {
      next.pages[page] = { stat, file, document: null };
      if (bytes.includes(REGION)) toParse.add(page);
    }
  }
  const pages = Object.entries(next.pages).flatMap(([page, { document }]) =>
    document !== null || toParse.has(page) ? [page] : [],
  );
  if (pages.length === 0) throw new Error('no page of the built site has a data-pagefind-body region');

  const shardsDir = join(cache, 'shards');
  const used = new Set<string>();
  const listed: string[] = [];
  let indexed = 0;
  // Pagefind processes run while this thread parses the next shard's pages: side by side as far as the cores and
  // the memory budget allow, each holding its shard in memory (src/lib/search/indexing-queue.ts).
  const queue = new IndexingQueue({
    maxRunning: availableParallelism(),
    budget: memoryBudget - UNSEEN_BYTES,
    resident: () => process.memoryUsage.rss(),
  });
  for (const [i, shardPages] of assignShards(pages, shardSize).entries()) {
    const folder = join(documents, String(i + 1));
    /** Puts a page's document into the shard's folder: the stored one, or else parsed from the page. */
    const placeDocument = (page: string, known?: string): string | undefined => {
      const target = join(folder, page);
      mkdirSync(dirname(target), { recursive: true });
      if (known !== undefined && existsSync(join(store, known))) {
        linkSync(join(store, known), target);
        return known;
      }
      const document = indexedDocument(readFileSync(join(site, page), 'utf8'));
      if (document === undefined) return undefined;
      const name = digest(document);
      if (!existsSync(join(store, name))) writeFileSync(join(store, name), document);
      linkSync(join(store, name), target);
      return name;
    };
    for (const [n, page] of shardPages.entries()) {
      if (!toParse.has(page)) continue;
      // Now and then the event loop's turn: a Pagefind process that ended lets the next one start.
      if (n % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
      const document = placeDocument(page);
      // The attribute only in the text: the page keeps its place in the shards, with nothing to index.
      const entry = next.pages[page];
      if (entry) entry.document = document ?? '';
    }
    const path = searchShardPath(i + 1);
    const key = digest(
      JSON.stringify([version, path, shardPages.map((page) => [page, next.pages[page]?.document])]),
    ).slice(0, 32);
    const stored = join(shardsDir, key);
    const publish = () => {
      publishShard(stored, join(site, 'pagefind', path));
    };
    if (existsSync(stored)) publish();
    else {
      // The pages unchanged since the last build, whose documents were not placed above.
      for (const page of shardPages) {
        const known = next.pages[page]?.document;
        if (!toParse.has(page) && known) placeDocument(page, known);
      }
      // Written under another name and renamed when complete: a build stopped halfway leaves no shard to reuse.
      const partial = `${stored}.${String(process.pid)}.partial`;
      queue.add(shardPages.length * PAGEFIND_BYTES_PER_PAGE, async () => {
        await indexShard(folder, partial);
        renameSync(partial, stored);
        publish();
      });
      indexed++;
    }
    used.add(key);
    listed.push(path);
  }
  await queue.done();
  // The first shard is the index itself; the search page merges the others in.
  writeFileSync(join(site, 'pagefind', SEARCH_SHARDS_FILE), `${JSON.stringify(listed.slice(1))}\n`);
  // Shards an earlier build published into a kept output folder (src/integrations/keep-out-dir.ts) beyond this
  // build's count.
  for (const name of readdirSync(join(site, 'pagefind')))
    if (isShardFolder(name) && !listed.includes(`${name}/`))
      rmSync(join(site, 'pagefind', name), { recursive: true, force: true });

  // Shards and documents of earlier builds that this one did not use are stale.
  if (existsSync(shardsDir)) {
    for (const name of readdirSync(shardsDir))
      if (!used.has(name)) rmSync(join(shardsDir, name), { recursive: true, force: true });
  }
  const documentsUsed = new Set(Object.values(next.pages).map((page) => page.document));
  for (const name of readdirSync(store)) if (!documentsUsed.has(name)) rmSync(join(store, name));
  rmSync(documents, { recursive: true, force: true });
  writeFileSync(manifestFile, JSON.stringify(next));
  return { pages: pages.length, shards: listed.length, indexed, atOnce: queue.mostAtOnce };
}

/**
 * Puts the stored shard `stored` at `target` in the site, unless the shard there is already the same index (an
 * output folder kept from the last build): Pagefind's entry file names the content hash of the whole index. A
 * shard's own files are replaced; the shards nested in the first one's folder are left to their own turn.
 */
function publishShard(stored: string, target: string): void {
  const entry = 'pagefind-entry.json';
  if (
    existsSync(join(target, entry)) &&
    readFileSync(join(target, entry)).equals(readFileSync(join(stored, entry)))
  )
    return;
  if (existsSync(target)) {
    for (const name of readdirSync(target))
      if (!isShardFolder(name) && name !== SEARCH_SHARDS_FILE)
        rmSync(join(target, name), { recursive: true, force: true });
  }
  cpSync(stored, target, { recursive: true });
}

/**
 * Indexes the documents of a shard (the folder `documents`) in a Pagefind process of their own, which ends with the
 * shard and its memory, writes the index to `outputPath`, and removes the documents.
 */
async function indexShard(documents: string, outputPath: string): Promise<void> {
  try {
    await runPagefind(documents, outputPath);
    // Pagefind also writes its ready-made search interfaces; the search page has its own (src/lib/search/script.ts).
    for (const file of readdirSync(outputPath)) {
      if (UNUSED_UI.test(file)) rmSync(join(outputPath, file));
    }
  } catch (error) {
    // A half-written shard must never be taken for a finished one by a later build.
    rmSync(outputPath, { recursive: true, force: true });
    throw error;
  } finally {
    rmSync(documents, { recursive: true, force: true });
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
