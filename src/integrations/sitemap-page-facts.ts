import { readFileSync } from 'node:fs';
import type { SitemapItem } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { derivedMemo } from '../lib/content/loaders/derived-memo.ts';
import { sourceDigest } from '../lib/content/loaders/source-digest.ts';
import { pageFacts, type PageFacts } from '../lib/seo/sitemap-facts.ts';
import { fileStat } from './file-stat.ts';

/**
 * Gives @astrojs/sitemap what only the built pages know: each article's `lastmod` (its updatedDate or
 * pubDate, as the page's article:modified_time says), each page's versions in the other languages (the
 * page's hreflang links, written as xhtml:link alternates: the same set on every version, so they are
 * reciprocal), and which pages are copies of an original elsewhere (a syndicated article's canonical URL
 * points away): those are left out, as Google asks.
 * Use `integration` before sitemap() in astro.config.mjs, pass `serialize` to sitemap(), and `remember` after it.
 *
 * With a `cacheFile`, each page's facts are remembered by its file's size and modification time (./file-stat.ts),
 * so that a rebuild reads only the pages it wrote again: at 5,000 articles, reading the others' heads took about
 * half a second of every rebuild. `remember` writes the facts this build used, when any changed.
 */
export function sitemapPageFacts({ cacheFile }: { cacheFile?: string } = {}): {
  integration: AstroIntegration;
  serialize: (item: SitemapItem) => SitemapItem | undefined;
  remember: AstroIntegration;
} {
  let outDir: URL | undefined;
  let base = '/';
  // The facts of each page by its path, size and modification time (../lib/content/loaders/derived-memo.ts).
  const memo = cacheFile
    ? derivedMemo(cacheFile, sourceDigest(['src/integrations/sitemap-page-facts.ts']))
    : undefined;
  const factsOf = (path: string, file: URL): PageFacts =>
    memo
      ? memo.remember(`${path}\0${fileStat(file)}`, () => pageFacts(readHead(file)))
      : pageFacts(readHead(file));
  return {
    integration: {
      name: 'dispatch:sitemap-page-facts',
      hooks: {
        'astro:config:done': ({ config }) => {
          outDir = config.outDir;
          base = config.base;
        },
      },
    },
    serialize(item) {
      if (!outDir) throw new Error('sitemap-page-facts: the integration must be listed in astro.config.mjs');
      // "https://site/base/articles/x/" → "<outDir>/articles/x/index.html"
      const path = decodeURIComponent(new URL(item.url).pathname).slice(base.replace(/\/?$/, '/').length);
      const file = new URL(path === '' || path.endsWith('/') ? `${path}index.html` : path, outDir);
      const facts = factsOf(path, file);
      if (facts.canonical !== undefined && facts.canonical !== item.url) return undefined;
      return {
        ...item,
        ...(facts.modified ? { lastmod: facts.modified } : {}),
        ...(facts.alternates.length > 0 ? { links: facts.alternates } : {}),
      };
    },
    remember: {
      name: 'dispatch:sitemap-page-facts-cache',
      hooks: {
        'astro:build:done': () => {
          memo?.save();
        },
      },
    },
  };
}

/**
 * A built page's <head>, the only part the facts come from. The body, most of the page, stays bytes: decoding
 * whole pages for 10,000 articles left about 1 GB of strings for the garbage collector at the end of a build.
 */
function readHead(file: URL): string {
  const bytes = readFileSync(file);
  const end = bytes.indexOf('</head>');
  return bytes.toString('utf8', 0, end === -1 ? bytes.length : end);
}
