import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { contentDir } from './content-dir.ts';

/**
 * Where build caches live: Astro's own (astro.config.mjs `cacheDir`), and beside it the articles' bodies
 * (src/lib/content/loaders/bodies-on-disk.ts) and the share images.
 * DISPATCH_CACHE_DIR points test and benchmark builds elsewhere, so that they leave the main cache alone.
 */
export const cacheDir: string = process.env['DISPATCH_CACHE_DIR'] || './node_modules/.astro';

/**
 * The articles' Markdown bodies and rendered HTML, kept out of Astro's data store (src/lib/content/loaders/bodies-on-disk.ts).
 * One folder per content folder, so that a build of other content (DISPATCH_CONTENT_DIR) sharing this cache
 * never clears away this content's files.
 */
export const entryBodiesDir: string = join(
  cacheDir,
  'entry-bodies',
  createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 12),
);
