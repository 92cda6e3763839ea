// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { basePath, siteUrl } from './src/config/deployment.ts';
import { markdownProcessor } from './src/config/markdown.ts';

/** DISPATCH_CACHE_DIR: a separate build cache, so that test and benchmark builds leave the main one alone. */
const cacheDir = process.env.DISPATCH_CACHE_DIR || './node_modules/.astro';

export default defineConfig({
  site: siteUrl,
  base: basePath,
  cacheDir,
  trailingSlash: 'always',
  // Two files claiming one slug (foo.md and foo/index.md) fail the build instead of one silently winning.
  prerenderConflictBehavior: 'error',
  build: {
    // The stylesheet is small: inlining it saves a render-blocking request on every page.
    inlineStylesheets: 'always',
  },
  markdown: {
    processor: markdownProcessor,
    // Code blocks are rare in news pieces; Shiki's inline styles would also need 'unsafe-inline' in the CSP.
    syntaxHighlight: false,
  },
  integrations: [sitemap({ filter: (page) => !page.endsWith('/404/') })],
  devToolbar: { enabled: false },
});
