import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { budget, measurePage } from '../support/page-weight.ts';

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
  'types of work': '/types-of-work/',
  standards: '/corrections-policy/',
};

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

for (const kind of ['article', 'Urdu article', 'types of work', 'standards'] as const) {
  test(`the ${kind} page stays within the weight budget and asks no other host for anything`, async ({
    page,
    baseURL,
  }) => {
    const { total, javascript, foreign } = await measurePage(page, baseURL ?? '', pagesByKind[kind]);
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
