import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/** One page of every kind the site has. */
const pagesByKind = {
  home: '/',
  article: '/articles/iran-missile-strike-on-pakistani-territory/',
  'tag index': '/tags/',
  tag: '/tags/pakistan/',
  'author index': '/authors/',
  author: '/authors/hadia-safeer/',
  policy: '/data-protection/',
  'article with a table of contents': '/articles/iran-strikes-in-pakistan-a-strategic-blunder/',
  archive: '/archive/',
  'archive year': '/archive/2024/',
  search: '/search/',
  '404': '/404.html',
  'Urdu home': '/ur/',
  'Urdu article': '/ur/articles/iran-missile-strike-on-pakistani-territory/',
  'Urdu tag index': '/ur/tags/',
  'Urdu tag': '/ur/tags/pakistan/',
  'Urdu author index': '/ur/authors/',
  'Urdu author': '/ur/authors/dispatch-desk/',
  'Urdu policy': '/ur/data-protection/',
  'Urdu archive': '/ur/archive/',
  'Urdu archive year': '/ur/archive/2024/',
  'Urdu search': '/ur/search/',
  'Urdu 404': '/ur/404.html',
};

/**
 * Page-weight budget of the article page on a first visit, in bytes after gzip (images excluded, fonts
 * included): everything the page loads until the reader acts.
 */
const budget = { total: 10 * 1024, javascript: 3 * 1024 };

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const [kind, path] of Object.entries(pagesByKind)) {
  test(`the ${kind} page has no WCAG 2.2 A/AA violations (axe), in light and dark`, async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const violations = results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(violations, colorScheme).toEqual([]);
    }
  });
}

for (const kind of ['article', 'Urdu article'] as const) {
  test(`the ${kind} page stays within its weight budget and asks no other host for anything`, async ({
    page,
    baseURL,
  }) => {
    const sizes = { document: 0, stylesheet: 0, script: 0, font: 0 };
    const foreign: string[] = [];
    // Each body is read as it arrives; all of them are awaited before anything is added up.
    const measured: Promise<void>[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin !== new URL(baseURL ?? '').origin) {
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
    await page.goto(pagesByKind[kind]);
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
      type: 'weight (gzip bytes)',
      description: JSON.stringify({ ...sizes, javascript, total }),
    });
    expect(foreign, 'requests to other hosts').toEqual([]);
    expect(total, 'HTML + CSS + JS + fonts, gzip').toBeLessThanOrEqual(budget.total);
    expect(javascript, 'JavaScript (files and inline), gzip').toBeLessThanOrEqual(budget.javascript);
  });
}

test('the article page has no render-blocking resource but one stylesheet or inline CSS', async ({
  page,
}) => {
  await page.goto(pagesByKind.article);
  const stylesheets = await page.locator('link[rel="stylesheet"]').count();
  const blockingScripts = await page
    .locator('head script[src]:not([async]):not([defer]):not([type="module"])')
    .count();
  expect(stylesheets).toBeLessThanOrEqual(1);
  expect(blockingScripts).toBe(0);
});
