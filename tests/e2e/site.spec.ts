import { expect, test } from '@playwright/test';
import { builtPages } from '../support/built-site.ts';

const pages = builtPages();

test('the built site has the pages of every kind', () => {
  for (const path of [
    '/',
    '/articles/iran-missile-strike-on-pakistani-territory/',
    '/tags/',
    '/tags/iran/',
    '/authors/',
    '/authors/hadia-safeer/',
    '/data-protection/',
    '/404.html',
  ]) {
    expect(pages).toContain(path);
  }
});

for (const path of pages) {
  test(`${path} loads with no console error, failed request or sideways scrolling`, async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400 && response.url() !== page.url())
        problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });

    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'page scrolls sideways').toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
  });
}

test('the skip link is the first stop for the keyboard and moves focus to the main content', async ({
  page,
}) => {
  await page.goto('/articles/iran-missile-strike-on-pakistani-territory/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('an unknown address answers 404 with the site’s own page', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('the narrowest supported screen (320 px) does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/articles/north-korea-new-years-threat/', '/tags/']) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});

test.describe('the trust signals of the seed site', () => {
  test('the seed article opens with its dateline and lists its key points under the dek', async ({
    page,
  }) => {
    await page.goto('/articles/iran-missile-strike-on-pakistani-territory/');
    await expect(page.locator('.body p').first()).toContainText(/^ISLAMABAD — Iran and Pakistan/);
    await expect(page.getByRole('region', { name: 'Key points' }).getByRole('listitem')).toHaveCount(3);
  });

  test('the standards pages shipped as templates say so, and the Types of work page lists them', async ({
    page,
  }) => {
    await page.goto('/types-of-work/');
    const standards = page.getByRole('region', { name: 'Our standards' }).getByRole('link');
    await expect(standards).toHaveText([
      'Publishing Principles',
      'Corrections Policy',
      'Ethics Policy',
      'Masthead',
      'Feedback Policy',
    ]);
    await standards.filter({ hasText: 'Masthead' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Masthead');
    await expect(page.getByRole('note')).toContainText('This page is a template');
  });
});
