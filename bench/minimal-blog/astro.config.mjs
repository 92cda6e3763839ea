// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

/**
 * The minimal Astro blog of issue #14, the benchmark's baseline (`npm run bench -- --baseline`): Astro's defaults
 * (Sätteri for Markdown), one page per post, an index, RSS and a sitemap, and nothing of Dispatch's.
 * DISPATCH_CACHE_DIR: the build cache, set by the benchmark so that a cold build starts without one.
 */
export default defineConfig({
  site: 'https://blog.example.org',
  ...(process.env.DISPATCH_CACHE_DIR && { cacheDir: process.env.DISPATCH_CACHE_DIR }),
  integrations: [sitemap()],
});
