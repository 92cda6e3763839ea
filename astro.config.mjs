// @ts-check
import { join } from 'node:path';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import {
  basePath,
  buildMemoryMB,
  cacheDir,
  forgetLaunchCommand,
  searchShardSize,
  siteUrl,
} from './src/config/env.ts';
import { DEFAULT_LANGUAGE, LANGUAGES } from './src/config/languages.ts';
import { markdownProcessor } from './src/config/markdown.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { cspDirectives, scriptHashes, scriptResources, styleResources } from './src/config/security.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { relatedAheadIntegration } from './src/lib/content/loaders/related-ahead.ts';
import { errorPagesIntegration } from './src/integrations/error-pages.ts';
import { headersFileIntegration } from './src/integrations/headers-file.ts';
import { keepOutDir } from './src/integrations/keep-out-dir.ts';
import { isShareCardPath, shareCards } from './src/integrations/share-cards.ts';
import { sitemapPageFacts } from './src/integrations/sitemap-page-facts.ts';

// Every environment variable (SITE_URL, BASE_PATH, DISPATCH_CACHE_DIR, …) is read and checked in src/config/env.ts,
// which the site's links use too. DISPATCH_CACHE_DIR: a separate build cache, so that test and benchmark builds leave
// the main one alone.
// Before Astro reads the environment: see src/config/env.ts.
forgetLaunchCommand();

const pageFacts = sitemapPageFacts({ cacheFile: join(cacheDir, 'sitemap-page-facts.json') });
const keptOutDir = keepOutDir({ managed: ['pagefind/', isShareCardPath] });
const search = pagefindIndex({ shardSize: searchShardSize, cacheDir, memoryBudget: buildMemoryMB * 2 ** 20 });

export default defineConfig({
  site: siteUrl,
  base: basePath,
  cacheDir,
  trailingSlash: 'always',
  // English at the root, Urdu under /ur/ (src/config/languages.ts): the routes under src/pages/[...lang]/ build
  // each page once per edition, and every page links its versions in the other language (hreflang).
  i18n: {
    locales: [...LANGUAGES],
    defaultLocale: DEFAULT_LANGUAGE,
    routing: { prefixDefaultLocale: false },
  },
  // Two files claiming one slug (foo.md and foo/index.md) fail the build instead of one silently winning.
  prerenderConflictBehavior: 'error',
  build: {
    // The stylesheet is small: inlining it saves a render-blocking request on every page.
    inlineStylesheets: 'always',
    // Pages render eight at a time (cold page generation of 1,000 articles: 17.4 s at 4, 15.8 s at 8, measured when
    // the share cards were pages too).
    concurrency: 8,
  },
  markdown: {
    processor: markdownProcessor,
    // Code blocks are rare in news pieces; Shiki's inline styles would also need 'unsafe-inline' in the CSP.
    syntaxHighlight: false,
  },
  // The Content-Security-Policy lives in src/config/security.ts: read there how a script gets allowed.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...cspDirectives],
      scriptDirective: { resources: [...scriptResources], hashes: [...scriptHashes] },
      styleDirective: { resources: [...styleResources] },
    },
  },
  vite: {
    // Scripts are never inlined into pages: as files under /_astro/ they pass the `_headers` policy
    // (script-src 'self') as well as the per-page <meta> policy, and they are cached across pages.
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
    // src/lib/consent/script.ts loads consent-actions.ts, bundled on its own through `?worker&url`, as a module
    // script: an ES module in the build as under `astro dev`.
    worker: { format: 'es' },
  },
  integrations: [
    // First: the content check of `npm run content:check`; any problem stops the build before Astro reads content.
    contentCheck(),
    // Tells the articles' loader that this is a build: it scores the related articles on a thread once the articles
    // are loaded, while Vite builds (src/lib/content/loaders/related-ahead.ts).
    relatedAheadIntegration(),
    // Keeps the output folder of the last build, if untouched, instead of emptying it, and removes what this build
    // no longer makes before any other integration reads the pages. The search index and the cards keep their own.
    keptOutDir.first,
    // Each edition's 404 page as <lang>/404.html, where hosts look for it.
    errorPagesIntegration(),
    // The search index starts once every page is in place (the 404 pages above included) and indexes while the
    // integrations below write the sitemaps, headers and cards; search.finish waits for it.
    search.start,
    pageFacts.integration,
    sitemap({
      filter: (page) => !page.endsWith('/404/'),
      // lastmod, canonical exclusions and each page's language versions (xhtml:link, as its hreflang links say),
      // read from each built page (src/integrations/sitemap-page-facts.ts).
      serialize: pageFacts.serialize,
      // The sitemap index also lists the Google News sitemap (src/pages/news-sitemap.xml.ts).
      customSitemaps: [new URL('news-sitemap.xml', new URL(basePath, siteUrl)).href],
    }),
    pageFacts.remember,
    headersFileIntegration(),
    // The articles' share cards, drawn on worker threads while the pages render, linked into the output folder.
    shareCards(),
    search.finish,
    // Last: records the output folder for the next build (see keptOutDir.first).
    keptOutDir.last,
  ],
  devToolbar: { enabled: false },
  experimental: {
    // A page whose cache key (src/lib/content/query.ts, keyedPaths) and code are unchanged since the last build is
    // not rendered again: its output is kept in place (src/integrations/keep-out-dir.ts) or copied from the build
    // cache (cacheDir/dist/).
    incrementalBuild: true,
  },
});
