import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { budget, measurePage } from '../support/page-weight.ts';

/**
 * Against the site built from tests/fixtures/content with DISPATCH_BUILD_DATE=2024-06-01
 * (see playwright.config.ts): an article with a hero, a captioned figure, corrections and sources;
 * a draft; and an article scheduled for 1 July 2024.
 */
const corrected = '/articles/corrected-analysis/';

test.describe('an article with a hero, a figure, corrections and sources', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(corrected);
  });

  test('shows the hero in a figure with caption and credit, loaded eagerly in modern formats', async ({
    page,
  }) => {
    const hero = page.getByRole('figure', { name: /The hero image’s caption\./ });
    await expect(hero).toContainText('Fixture graphic');
    const image = hero.getByRole('img', { name: 'A blue disc on a green background' });
    await expect(image).toBeVisible();
    await expect(image).toHaveAttribute('loading', 'eager');
    await expect(image).toHaveAttribute('fetchpriority', 'high');
    await expect(image).toHaveAttribute('width', '1200');
    await expect(image).toHaveAttribute('height', '675');
    await expect(hero.locator('source[type="image/avif"]')).toHaveAttribute('srcset', /480w.*800w.*1200w/);
    await expect(hero.locator('source[type="image/webp"]')).toHaveAttribute('srcset', /480w/);
    // The browser picked one of the generated files, and it loaded.
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  });

  test('renders a Markdown image with a title as a captioned figure, responsive and lazy', async ({
    page,
  }) => {
    const figure = page.getByRole('figure', { name: 'The chart’s caption, from the image title.' });
    const image = figure.getByRole('img', { name: 'A bar chart with four bars of different heights' });
    await expect(image).toHaveAttribute('loading', 'lazy');
    await expect(image).toHaveAttribute('srcset', /400w.*800w.*1000w/);
    await expect(image).toHaveAttribute('width', '1000');
    await expect(image).toHaveAttribute('src', /\.webp$/);
    await expect(page.getByRole('img', { name: 'An image without a caption' })).not.toHaveAttribute(
      'title',
      /.+/,
    );
  });

  test('shows the corrections as dated notes, oldest first, at the end of the article', async ({ page }) => {
    const corrections = page.getByRole('region', { name: 'Corrections' });
    await expect(corrections.getByRole('listitem')).toHaveText([
      '13 January 2024: An earlier version misspelt the author’s name.',
      '20 January 2024: An earlier version gave the wrong number of bars in the chart.',
    ]);
    await expect(corrections.locator('time').first()).toHaveAttribute('datetime', '2024-01-13');
  });

  test('shows the “Updated” label with the update date', async ({ page }) => {
    await expect(page.locator('article header .byline')).toContainText('Updated 14 January 2024');
  });

  test('lists the sources with links, publisher and date', async ({ page }) => {
    const sources = page.getByRole('region', { name: 'Sources' });
    await expect(sources.getByRole('listitem')).toHaveText([
      'A report on discs, Example Institute, 5 January 2024',
      'A page without publisher or date',
    ]);
    await expect(sources.getByRole('link', { name: 'A report on discs' })).toHaveAttribute(
      'href',
      'https://example.org/report',
    );
  });

  test('links to the article’s Markdown file with “Suggest a correction”', async ({ page }) => {
    await expect(page.getByRole('link', { name: 'Suggest a correction' })).toHaveAttribute(
      'href',
      /\/edit\/main\/tests\/fixtures\/content\/articles\/corrected-analysis\/index\.md$/,
    );
  });
});

test.describe('an article with two authors', () => {
  test('names both in the byline, each linked to an author page that lists the article', async ({ page }) => {
    await page.goto('/articles/co-written-report/');
    const byline = page.locator('article header .byline');
    await expect(byline).toContainText('By Omar Khan and Jane Doe');
    for (const [name, slug] of [
      ['Omar Khan', 'omar-khan'],
      ['Jane Doe', 'jane-doe'],
    ] as const) {
      await expect(byline.getByRole('link', { name })).toHaveAttribute('href', `/authors/${slug}/`);
    }
    await byline.getByRole('link', { name: 'Omar Khan' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Omar Khan');
    await expect(page.getByRole('link', { name: 'A co-written report' })).toBeVisible();
    await page.goto('/authors/jane-doe/');
    await expect(page.getByRole('link', { name: 'A co-written report' })).toBeVisible();
  });

  test('ends with one bio per author, in byline order', async ({ page }) => {
    await page.goto('/articles/co-written-report/');
    const bios = page.getByRole('complementary', { name: 'About the authors' });
    await expect(bios.getByRole('link', { name: /^(?:Omar Khan|Jane Doe)$/ })).toHaveText([
      'Omar Khan',
      'Jane Doe',
    ]);
    await expect(bios).toContainText('Omar Khan reports on elections and parliaments.');
    await expect(bios).toContainText('Jane Doe writes about diplomacy.');
  });
});

test.describe('key points, dateline and kind of work', () => {
  test('shows the key points as a list under a “Key points” heading, after the dek', async ({ page }) => {
    await page.goto('/articles/co-written-report/');
    const points = page.getByRole('region', { name: 'Key points' });
    await expect(points.getByRole('heading', { level: 2 })).toHaveText('Key points');
    await expect(points.getByRole('listitem')).toHaveText([
      'The report has two authors, each named in the byline.',
      'Each author is given a bio at the end.',
    ]);
  });

  test('opens the first paragraph with the dateline in small capitals', async ({ page }) => {
    await page.goto('/articles/co-written-report/');
    const first = page.locator('.body p').first();
    await expect(first).toHaveText('GWADAR — The first paragraph of the co-written report.');
    await expect(first.locator('.dateline')).toHaveCSS('font-variant-caps', 'all-small-caps');
  });

  test('links the kicker to its definition on the Types of work page', async ({ page }) => {
    await page.goto('/articles/co-written-report/');
    await page.getByRole('link', { name: 'Report', exact: true }).click();
    await expect(page).toHaveURL(/\/types-of-work\/#report$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Types of work');
    const report = page.getByRole('region', { name: 'Report', exact: true });
    await expect(report).toContainText('Reporting in depth');
    await expect(page.getByRole('region', { name: 'Our standards' }).getByRole('link')).toHaveText([
      'Corrections Policy',
    ]);
  });

  test('an author page gives the author’s role and subjects', async ({ page }) => {
    await page.goto('/authors/jane-doe/');
    await expect(page.getByRole('main')).toContainText('Diplomatic correspondent');
    await expect(page.getByRole('main')).toContainText('Covers Diplomacy and Treaties');
  });

  test('a completed standards page is served at its own address without the template notice', async ({
    page,
  }) => {
    await page.goto('/corrections-policy/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Corrections Policy');
    await expect(page.getByRole('note')).toHaveCount(0);
  });
});

test.describe('a series in three parts', () => {
  const parts = [
    'Border Dispatches: the crossing',
    'Border Dispatches: the market',
    'Border Dispatches: the river',
  ];

  test('the series page lists its parts in order, each with its number and date', async ({ page }) => {
    await page.goto('/series/border-dispatches/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Border Dispatches');
    const items = page.getByRole('main').getByRole('listitem');
    await expect(items.getByRole('heading', { level: 2 })).toHaveText(parts);
    await expect(items.first()).toContainText('Part 1');
    await expect(items.nth(1)).toContainText('Part 2');
    // Part 2 gives its number (seriesPart) although it came out last; parts 1 and 3 take the free places by date.
    await expect(items.locator('time')).toHaveText(['1 February 2024', '5 February 2024', '3 February 2024']);
    await expect(page.getByRole('main')).toContainText('3 parts');
  });

  test('the index of series links to the series page', async ({ page }) => {
    await page.goto('/series/');
    await page.getByRole('link', { name: 'Border Dispatches' }).click();
    await expect(page).toHaveURL(/\/series\/border-dispatches\/$/);
  });

  test('a part says “Part 2 of 3” and leads to the parts before and after it', async ({ page }) => {
    await page.goto('/articles/border-dispatches-two/');
    const nav = page.getByRole('navigation', { name: 'Series: Border Dispatches' });
    await expect(nav).toContainText('Part 2 of 3 · Border Dispatches');
    await expect(nav.getByRole('link', { name: 'Border Dispatches', exact: true })).toHaveAttribute(
      'href',
      '/series/border-dispatches/',
    );
    await nav.getByRole('link', { name: /^Next part \(Part 3\)/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(parts[2] ?? '');
    const last = page.getByRole('navigation', { name: 'Series: Border Dispatches' });
    await expect(last).toContainText('Part 3 of 3');
    await expect(last.getByRole('link', { name: /^Next part/ })).toHaveCount(0);
    await last.getByRole('link', { name: /^Previous part \(Part 2\)/ }).click();
    await page
      .getByRole('navigation', { name: 'Series: Border Dispatches' })
      .getByRole('link', { name: /^Previous part \(Part 1\)/ })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(parts[0] ?? '');
    await expect(
      page
        .getByRole('navigation', { name: 'Series: Border Dispatches' })
        .getByRole('link', { name: /^Previous part/ }),
    ).toHaveCount(0);
  });

  test('an article outside any series has no series navigation', async ({ page }) => {
    await page.goto('/articles/first-article/');
    await expect(page.getByRole('navigation', { name: /^Series:/ })).toHaveCount(0);
  });
});

test.describe('the home page with pinned articles (built on 1 June 2024)', () => {
  test('leads with the first pin, lists the other pin as a top story, then the latest without them', async ({
    page,
  }) => {
    await page.goto('/');
    const main = page.getByRole('main');
    // Pinned until 2099: the co-written report (11 January) leads although parts of a series came out in February.
    await expect(main.locator('article').first().getByRole('heading', { level: 2 })).toHaveText(
      'A co-written report',
    );
    const top = page.getByRole('region', { name: 'Top stories' });
    await expect(top.getByRole('heading', { level: 3 })).toHaveText(['First article']);
    const latest = page.getByRole('region', { name: 'Latest' });
    await expect(latest.getByRole('heading', { level: 3 }).first()).toHaveText(
      'Border Dispatches: the market',
    );
    await expect(latest.getByRole('link', { name: 'A co-written report' })).toHaveCount(0);
    await expect(latest.getByRole('link', { name: 'First article' })).toHaveCount(0);
  });

  test('lists an article whose pin is over in its place among the latest, not on top', async ({ page }) => {
    // corrected-analysis was pinned until 1 March 2024 (the build tests' site, built on 13 January, leads with it).
    await page.goto('/');
    const latest = page.getByRole('region', { name: 'Latest' });
    await expect(latest.getByRole('heading', { level: 3 })).toHaveText([
      'Border Dispatches: the market',
      'Border Dispatches: the river',
      'Border Dispatches: the crossing',
      'A corrected analysis',
      'Second article',
    ]);
    await expect(
      page.getByRole('region', { name: 'Top stories' }).getByRole('link', { name: 'A corrected analysis' }),
    ).toHaveCount(0);
  });
});

test.describe('drafts and scheduled articles in a production build', () => {
  for (const slug of ['draft-article', 'scheduled-article']) {
    test(`${slug} has no page and is in no listing or sitemap`, async ({ page, request }) => {
      expect((await request.get(`/articles/${slug}/`)).status()).toBe(404);
      for (const listing of ['/', '/tags/world/', '/authors/jane-doe/']) {
        await page.goto(listing);
        await expect(page.getByRole('link', { name: /draft article|scheduled article/i })).toHaveCount(0);
        await expect(page.getByRole('link', { name: 'A corrected analysis' }).first()).toBeVisible();
      }
      const sitemap = await (await request.get('/sitemap-0.xml')).text();
      expect(sitemap).toContain('/articles/corrected-analysis/');
      expect(sitemap).not.toContain(`/articles/${slug}/`);
    });
  }
});

/** The page kinds only the fixture site has, and the articles that show the newsroom fields. */
const pagesByKind = {
  'article with a hero, a figure, corrections and sources': corrected,
  'two-author article with key points and a dateline': '/articles/co-written-report/',
  'series index': '/series/',
  series: '/series/border-dispatches/',
  'part of a series': '/articles/border-dispatches-two/',
  'author with a role and subjects': '/authors/jane-doe/',
};

for (const [kind, path] of Object.entries(pagesByKind)) {
  test(`the ${kind} page has no WCAG 2.2 A/AA violations, light and dark`, async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        colorScheme,
      ).toEqual([]);
    }
  });
}

for (const kind of ['series index', 'series'] as const) {
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
