import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from '../support/built-site.ts';
import { publishedArticles } from '../support/content-index.ts';

const articles = publishedArticles();
const tagSlugs = [...new Set(articles.flatMap((a) => a.tags))].sort();
const seed = articles.find((a) => a.slug === 'iran-missile-strike-on-pakistani-territory');

/** The linked titles of the article cards on a listing page, in order. */
async function listedTitles(page: Page): Promise<string[]> {
  return page.locator('main article').getByRole('heading').getByRole('link').allTextContents();
}

test.describe('listings', () => {
  for (const tag of tagSlugs) {
    test(`the tag page of ${tag} lists exactly the articles carrying it, newest first`, async ({ page }) => {
      await page.goto(`/tags/${tag}/`);
      const expected = articles.filter((a) => a.tags.includes(tag)).map((a) => a.title);
      expect(await listedTitles(page)).toEqual(expected);
      await expect(page.getByRole('main')).toContainText(`${expected.length} article`);
    });
  }

  test('the home page leads with the newest article, then lists the others', async ({ page }) => {
    await page.goto('/');
    expect(await listedTitles(page)).toEqual(articles.map((a) => a.title));
    await expect(page.locator('main article').first().getByRole('heading', { level: 2 })).toHaveText(
      articles[0]?.title ?? '',
    );
    // Three articles fit on one page: no pagination bar.
    await expect(page.getByRole('navigation', { name: 'Pagination' })).toHaveCount(0);
  });

  test('the archive counts articles by year and month and the year page lists them', async ({ page }) => {
    await page.goto('/archive/');
    const year = page.getByRole('heading', { name: /^2024/ });
    await expect(year).toContainText(`${articles.length} articles`);
    await page.getByRole('link', { name: 'January' }).click();
    await expect(page).toHaveURL(/\/archive\/2024\/#month-2024-01$/);
    await expect(page.getByRole('heading', { level: 2, name: 'January 2024' })).toBeVisible();
    await expect(page.locator('main li').getByRole('link')).toHaveText(articles.map((a) => a.title));
  });

  test('every link on every listing page resolves', async ({ page, request }) => {
    const listings = builtPages().filter((p) => /^\/(?:$|page\/|tags\/|authors\/|archive\/)/.test(p));
    const links = new Set<string>();
    for (const path of listings) {
      await page.goto(path);
      for (const href of await page
        .locator('a[href^="/"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
        if (href) links.add(href.split('#')[0] ?? href);
      }
    }
    // The listings reach every article and every tag page.
    for (const a of articles) expect(links).toContain(`/articles/${a.slug}/`);
    for (const tag of tagSlugs) expect(links).toContain(`/tags/${tag}/`);
    for (const href of links) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
    }
  });
});

test.describe('inside an article', () => {
  test('an article with three sections gets a table of contents that links to each', async ({ page }) => {
    await page.goto('/articles/iran-strikes-in-pakistan-a-strategic-blunder/');
    const toc = page.getByRole('navigation', { name: 'In this article' });
    await expect(toc.getByRole('link')).toHaveText([
      'What happened',
      'Why the strike backfired',
      'Stepping back',
    ]);
    await toc.getByRole('link', { name: 'Stepping back' }).click();
    await expect(page).toHaveURL(/#stepping-back$/);
    await expect(page.getByRole('heading', { name: 'Stepping back' })).toBeInViewport();
  });

  test('an article without sections gets none', async ({ page }) => {
    await page.goto('/articles/iran-missile-strike-on-pakistani-territory/');
    await expect(page.getByRole('navigation', { name: 'In this article' })).toHaveCount(0);
  });

  test('each heading’s anchor link is hidden until focused (shown all along where nothing hovers), then visible on screen', async ({
    page,
    isMobile,
  }) => {
    await page.goto('/articles/iran-strikes-in-pakistan-a-strategic-blunder/');
    const anchor = page.getByRole('link', { name: 'Link to the section “What happened”' });
    await expect(anchor).toHaveAttribute('href', '#what-happened');
    // The phone project is a touch screen, where the anchors never hide (tests/e2e/heading-anchors.spec.ts).
    await expect(anchor).toHaveCSS('opacity', isMobile ? '1' : '0');
    await anchor.focus();
    await expect(anchor).toHaveCSS('opacity', '1');
    await expect(anchor).toBeInViewport();
    const box = await anchor.boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(0);
  });
});

test.describe('search', () => {
  test('the header leads to search on every page, and only the search page loads search code', async ({
    page,
    request,
  }) => {
    await page.goto('/');
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }),
    ).toHaveAttribute('href', '/search/');
    // Each edition has its own search page, which alone loads the search code.
    for (const path of builtPages().filter((p) => p !== '/search/' && p !== '/ur/search/')) {
      const html = await (await request.get(path)).text();
      expect(html, path).not.toMatch(/<script[^>]*src="[^"]*search|pagefind\.js|pagefind-ui/);
    }
  });

  test('searching “Baluchistan” finds the Iran–Pakistan article with its date and an excerpt', async ({
    page,
  }) => {
    await page.goto('/search/');
    await page.getByRole('searchbox', { name: 'Search articles' }).fill('Baluchistan');
    const results = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
    const hit = results.filter({ has: page.getByRole('link', { name: seed?.title ?? '' }) });
    await expect(hit).toHaveCount(1);
    await expect(hit.locator('time')).toHaveText('18 January 2024');
    await expect(hit.locator('mark').first()).toHaveText(/Baluchistan/i);
    await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “Baluchistan”\.$/);
    await expect(page).toHaveURL(/\?q=Baluchistan$/);
  });

  test('an excerpt starts after the headline, even when a word of the headline is searched for', async ({
    page,
  }) => {
    const title = seed?.title ?? '';
    // The headline as Pagefind indexes it, ending in a full stop, and every tail of it: the old excerpts began
    // with one ("Cross-Border Relations. Iran’s strikes on …").
    const indexed = (/[.!?]$/.test(title) ? title : `${title}.`).split(' ');
    const tails = indexed.map((_, i) => indexed.slice(i).join(' '));
    const words = [...new Set(title.split(' ').map((w) => w.replace(/^\P{L}+|\P{L}+$/gu, '')))].filter(
      (w) => w.length >= 4,
    );
    expect(words.length).toBeGreaterThan(3);
    const dekStart = seed?.description.split(' ').slice(0, 5).join(' ') ?? '';
    for (const word of words) {
      await page.goto(`/search/?q=${encodeURIComponent(word)}`);
      const hit = page
        .getByRole('list', { name: 'Search results' })
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: title }) });
      await expect(hit, word).toHaveCount(1);
      const excerpt = hit.locator('p');
      const text = ((await excerpt.textContent()) ?? '').trim();
      expect(text.length, word).toBeGreaterThan(0);
      for (const tail of tails) expect(text.startsWith(tail), `“${word}”: ${text}`).toBe(false);
      // A word found in the headline only: the excerpt is the opening of the dek.
      if ((await excerpt.locator('mark').count()) === 0)
        expect(text.startsWith(dekStart), `“${word}”: ${text}`).toBe(true);
    }
  });

  test('works under the Content-Security-Policy the hosts send as a header (dist/_headers)', async ({
    page,
  }) => {
    // The <meta> policy does not reach Pagefind's worker; the header policy does, and must let it compile
    // its WebAssembly. Every response gets the header the site ships for all paths.
    const policy = /Content-Security-Policy: (.*)/.exec(readFileSync('dist/_headers', 'utf8'))?.[1] ?? '';
    expect(policy).toContain("script-src 'self'");
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': policy },
      });
    });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto('/search/?q=Baluchistan');
    await expect(page.getByRole('link', { name: seed?.title ?? '' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('indexes article text only: header, bylines, footer and skip link are not searchable', async ({
    page,
  }) => {
    // Words found only outside article text: the brand and "Dispatch Desk" bylines, the byline's reading
    // time, the footer's "Data Protection Policy" and the skip link.
    for (const words of ['Dispatch', 'min read', 'Protection', 'Skip']) {
      await page.goto(`/search/?q=${encodeURIComponent(words)}`);
      await expect(page.getByRole('status')).toHaveText(`No results for “${words}”.`);
    }
  });

  test('filters by topic and by author', async ({ page }) => {
    await page.goto('/search/');
    await page.getByRole('combobox', { name: 'Topic' }).selectOption('East Asia');
    const results = page.getByRole('list', { name: 'Search results' }).getByRole('link');
    await expect(results).toHaveText(['North Korea’s New Year’s Threat']);
    await page.getByRole('combobox', { name: 'Topic' }).selectOption('');
    await page.getByRole('combobox', { name: 'Author' }).selectOption('Hadia Safeer');
    await expect(results).toHaveText([seed?.title ?? '']);
    await expect(page).toHaveURL(/\?author=Hadia\+Safeer$/);
  });

  test('works with the keyboard alone, from the header to a result', async ({ page }) => {
    await page.goto('/');
    const searchLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' });
    // Through the skip link, the cookie banner (on a first visit) and the header.
    for (let i = 0; i < 25 && !(await searchLink.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(searchLink).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/$/);
    const box = page.getByRole('searchbox', { name: 'Search articles' });
    for (let i = 0; i < 25 && !(await box.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(box).toBeFocused();
    await page.keyboard.type('Baluchistan');
    await page.keyboard.press('Enter');
    const first = page.getByRole('list', { name: 'Search results' }).getByRole('link').first();
    await expect(first).toBeVisible();
    // Search button, topic, author, then the results.
    for (let i = 0; i < 6 && !(await first.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(first).toBeFocused();
    const title = await first.textContent();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title ?? '');
  });

  test('the page with results and a filter set has no WCAG 2.2 A/AA violations (axe), in light and dark', async ({
    page,
  }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto('/search/?q=Baluchistan&tag=Iran');
      await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem')).not.toHaveCount(
        0,
      );
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.help}`),
        colorScheme,
      ).toEqual([]);
    }
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the search page says so and links to the topics and the archive', async ({ page }) => {
      await page.goto('/search/');
      await expect(page.getByText('Search needs JavaScript')).toBeVisible();
      await expect(page.getByRole('link', { name: 'topic', exact: true })).toHaveAttribute('href', '/tags/');
      await expect(page.getByRole('link', { name: 'archive', exact: true })).toHaveAttribute(
        'href',
        '/archive/',
      );
      await expect(page.getByRole('searchbox')).toBeHidden();
    });
  });
});
