import { expect, test } from '@playwright/test';

const seed = '/articles/iran-missile-strike-on-pakistani-territory/';

test.describe('the seed article page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(seed);
  });

  test('shows kicker, headline and dek', async ({ page }) => {
    await expect(page).toHaveTitle(
      'Iran’s Missile Strike on Pakistani Territory: A Tense Turn in Cross-Border Relations · Dispatch',
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Iran’s Missile Strike on Pakistani Territory: A Tense Turn in Cross-Border Relations',
    );
    await expect(page.locator('article .kicker').first()).toHaveText('Analysis');
  });

  test('shows the byline linked to the author page, the date and the reading time', async ({ page }) => {
    const byline = page.locator('article header .byline');
    await expect(byline.getByRole('link', { name: 'Hadia Safeer' })).toHaveAttribute(
      'href',
      '/authors/hadia-safeer/',
    );
    await expect(byline.locator('time')).toHaveAttribute('datetime', '2024-01-18');
    await expect(byline.locator('time')).toHaveText('18 January 2024');
    await expect(byline).toContainText(/\d+ min read/);
  });

  test('keeps the body text verbatim, curly quotes included', async ({ page }) => {
    await expect(page.locator('article')).toContainText(
      'In response to the “unprovoked violation of its airspace,”',
    );
    await expect(page.locator('article')).toContainText(
      'Islamabad holds the position that Iran’s actions are against international law',
    );
    await expect(page.locator('article')).not.toContainText('This website uses cookies');
  });

  test('shows the author’s bio', async ({ page }) => {
    await expect(page.getByRole('complementary', { name: 'About the author' })).toContainText(
      'The writer is a student of International Relations at International Islamic University Islamabad.',
    );
  });

  test('links each tag to its page', async ({ page }) => {
    const tags = page.getByRole('list', { name: 'Topics' }).getByRole('link');
    await expect(tags).toHaveText(['Iran', 'Pakistan', 'Balochistan', 'Middle East', 'Security']);
    await expect(tags.first()).toHaveAttribute('href', '/tags/iran/');
  });

  test('lists both related articles with dates, and each link resolves to that article', async ({
    page,
    request,
  }) => {
    const related = page.getByRole('region', { name: 'Related' });
    const links = related.getByRole('link');
    await expect(links).toHaveText([
      'North Korea’s New Year’s Threat',
      'Iran’s Strikes in Pakistan: A Strategic Blunder',
    ]);
    await expect(related.locator('time')).toHaveText(['15 January 2024', '20 January 2024']);
    for (const link of await links.all()) {
      const href = await link.getAttribute('href');
      const title = await link.textContent();
      expect(href).toBeTruthy();
      const response = await request.get(href ?? '');
      expect(response.status()).toBe(200);
      expect(await response.text()).toContain(`<h1 class="page-title"`);
      expect(await response.text()).toContain(title ?? '');
    }
  });

  test('the byline leads to the author page with her bio and article', async ({ page }) => {
    await page.locator('article header .byline').getByRole('link', { name: 'Hadia Safeer' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hadia Safeer');
    await expect(page.getByRole('main')).toContainText('The writer is a student of International Relations');
    await expect(
      page.getByRole('link', { name: /Iran’s Missile Strike on Pakistani Territory/ }),
    ).toBeVisible();
  });
});
