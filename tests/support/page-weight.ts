import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';

/**
 * Page-weight budget of a page on a first visit (the article page, the Types of work and standards pages, the
 * series pages), in bytes after gzip: HTML + CSS + JS + fonts, and of that the JavaScript.
 */
export const budget = { total: 10 * 1024, javascript: 3 * 1024 };

/**
 * What a page weighs on a first visit, in bytes after gzip (images excluded, fonts included): everything it
 * loads until the reader acts, and the addresses it asked of other hosts. Shared by the site's and the fixture
 * site's weight budgets (tests/e2e/quality.spec.ts, tests/e2e/fixture-site.spec.ts).
 */
export async function measurePage(
  page: Page,
  baseURL: string,
  path: string,
): Promise<{ total: number; javascript: number; foreign: string[] }> {
  const sizes = { document: 0, stylesheet: 0, script: 0, font: 0 };
  const foreign: string[] = [];
  // Each body is read as it arrives; all of them are awaited before anything is added up.
  const measured: Promise<void>[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== new URL(baseURL).origin) {
      foreign.push(url.href);
      return;
    }
    const type = response.request().resourceType();
    if (type === 'document' || type === 'stylesheet' || type === 'script' || type === 'font') {
      measured.push(
        response.body().then((body) => {
          sizes[type] += gzipSync(body, { level: 9 }).length;
        }),
      );
    }
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await Promise.all(measured);
  expect(sizes.document, 'the page itself was measured').toBeGreaterThan(0);

  // Scripts Astro inlines into the HTML count as JavaScript too (their bytes are already in the document).
  const inlineScripts = await page.$$eval('script:not([src])', (scripts) =>
    scripts
      .filter((s) => ['', 'module', 'text/javascript'].includes(s.getAttribute('type') ?? ''))
      .map((s) => s.textContent)
      .join('\n'),
  );
  const javascript = sizes.script + (inlineScripts ? gzipSync(inlineScripts, { level: 9 }).length : 0);
  const total = sizes.document + sizes.stylesheet + sizes.script + sizes.font;
  test.info().annotations.push({
    type: `weight of ${path} (gzip bytes)`,
    description: JSON.stringify({ ...sizes, javascript, total }),
  });
  return { total, javascript, foreign };
}
