/**
 * Where build caches live: Astro's own (astro.config.mjs `cacheDir`) and the share-image cache beside it.
 * DISPATCH_CACHE_DIR points test and benchmark builds elsewhere, so that they leave the main cache alone.
 */
export const cacheDir: string = process.env['DISPATCH_CACHE_DIR'] || './node_modules/.astro';
