import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SitemapItem } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { afterAll, describe, expect, test } from 'vitest';
import { sitemapPageFacts } from '../../../src/integrations/sitemap-page-facts.ts';

const work = mkdtempSync(join(tmpdir(), 'dispatch-page-facts-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const site = 'https://example.org';
const page = (modified: string) =>
  `<!doctype html><html><head><link rel="canonical" href="${site}/articles/a/">` +
  `<meta property="article:modified_time" content="${modified}"></head><body>text</body></html>`;

/** One build: the integrations' hooks called as Astro calls them, and the sitemap's items serialized. */
function build(outDir: string, cacheFile: string, paths: readonly string[]): (SitemapItem | undefined)[] {
  const facts = sitemapPageFacts({ cacheFile });
  type Hook = (options: unknown) => void;
  const hook = (integration: AstroIntegration, name: 'astro:config:done' | 'astro:build:done') =>
    integration.hooks[name] as Hook | undefined;
  hook(
    facts.integration,
    'astro:config:done',
  )?.({ config: { outDir: pathToFileURL(`${outDir}/`), base: '/' } });
  const items = paths.map((path) => facts.serialize({ url: `${site}/${path}` }));
  hook(facts.remember, 'astro:build:done')?.({});
  return items;
}

describe('sitemapPageFacts with a cache file', () => {
  const outDir = join(work, 'dist');
  const cacheFile = join(work, 'cache', 'facts.json');
  const file = join(outDir, 'articles/a/index.html');
  mkdirSync(join(outDir, 'articles/a'), { recursive: true });

  test('reads a page again only when its size or modification time changed', () => {
    // A modification time in whole milliseconds, which utimes can give back exactly.
    const mtime = new Date('2029-01-01T00:00:00.000Z');
    writeFileSync(file, page('2024-01-01T00:00:00.000Z'));
    utimesSync(file, mtime, mtime);
    expect(build(outDir, cacheFile, ['articles/a/'])[0]?.lastmod).toBe('2024-01-01T00:00:00.000Z');

    // Other bytes of the same size, with the modification time put back: taken for the same page, not read.
    writeFileSync(file, page('2024-02-02T00:00:00.000Z'));
    utimesSync(file, mtime, mtime);
    expect(build(outDir, cacheFile, ['articles/a/'])[0]?.lastmod).toBe('2024-01-01T00:00:00.000Z');

    // Written again by a build (a new modification time): read, and its new facts remembered.
    writeFileSync(file, page('2024-03-03T00:00:00.000Z'));
    utimesSync(file, new Date('2030-01-01'), new Date('2030-01-01'));
    expect(build(outDir, cacheFile, ['articles/a/'])[0]?.lastmod).toBe('2024-03-03T00:00:00.000Z');
    expect(build(outDir, cacheFile, ['articles/a/'])[0]?.lastmod).toBe('2024-03-03T00:00:00.000Z');
  });

  test('leaves out a page whose canonical URL points elsewhere, remembered or not', () => {
    const copy = join(outDir, 'articles/copy/index.html');
    mkdirSync(join(outDir, 'articles/copy'), { recursive: true });
    writeFileSync(copy, page('2024-01-01T00:00:00.000Z'));
    expect(build(outDir, cacheFile, ['articles/copy/'])).toEqual([undefined]);
    expect(build(outDir, cacheFile, ['articles/copy/'])).toEqual([undefined]);
  });
});
