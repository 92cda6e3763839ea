import { expect, test, type Locator, type Page } from '@playwright/test';
import { consent } from '../../src/config/consent.ts';
import { dictionaryOf } from '../../src/lib/i18n/dictionary.ts';

/**
 * The Urdu edition in the browser: its pages read right to left, in Urdu, with the Urdu consent banner; the
 * language switch leads to the translation and back; search finds Urdu articles; one consent choice holds in
 * both editions.
 */

const ur = dictionaryOf('ur');
const en = dictionaryOf('en');
const english = '/articles/iran-missile-strike-on-pakistani-territory/';
const urdu = '/ur/articles/iran-missile-strike-on-pakistani-territory/';
const urduTitle = 'پاکستانی سرزمین پر ایران کا میزائل حملہ: سرحد پار تعلقات میں کشیدہ موڑ';

const banner = (page: Page) => page.getByRole('region', { name: 'ڈسپیچ پر کوکیز' });

/**
 * Where the first letter of an element's text stands, against the element's own box: in right-to-left text
 * it is at the right edge, where reading starts.
 */
async function firstLetter(element: Locator): Promise<{ fromRight: number; fromLeft: number }> {
  return element.evaluate((node) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT, {
      acceptNode: (text) => (text.textContent?.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
    });
    const text = walker.nextNode() as Text;
    const offset = text.data.search(/\S/);
    const range = document.createRange();
    range.setStart(text, offset);
    range.setEnd(text, offset + 1);
    const letter = range.getBoundingClientRect();
    const box = node.getBoundingClientRect();
    return { fromRight: box.right - letter.right, fromLeft: letter.left - box.left };
  });
}

/** The interface's English words on the page, as a reader sees them (its visible text). */
async function englishWords(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  const words = [
    'Latest',
    'Topics',
    'Authors',
    'Search',
    en.consent.acceptAll,
    en.consent.rejectAll,
    en.footer.policy,
  ];
  return words.filter((word) => text.includes(word));
}

/** Expects the page to be the Urdu edition's: right to left, Urdu banner, no English interface word. */
async function expectUrduPage(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ur-PK');
  await expect(banner(page)).toBeVisible();
  await expect(banner(page).getByRole('button', { name: ur.consent.acceptAll })).toBeVisible();
  await expect(banner(page).getByRole('link', { name: ur.footer.policy })).toHaveAttribute(
    'href',
    '/ur/data-protection/',
  );
  expect(await englishWords(page)).toEqual([]);
}

/** Expects an element's text to start at its right edge (and not at its left). */
async function expectStartsAtRight(element: Locator): Promise<void> {
  const { fromRight, fromLeft } = await firstLetter(element);
  expect(fromRight).toBeLessThan(2);
  expect(fromLeft).toBeGreaterThan(fromRight);
}

test('the Urdu home page reads right to left, its lead story’s byline and dek from the right edge', async ({
  page,
}) => {
  await page.goto('/ur/');
  await expectUrduPage(page);
  const lead = page.locator('main article').first();
  await expect(lead.getByRole('heading', { level: 2 })).toHaveText(urduTitle);
  await expectStartsAtRight(lead.locator('.byline'));
  await expectStartsAtRight(lead.locator('.dek'));
});

test('the Urdu article reads right to left, in Urdu, its byline and first paragraph from the right edge', async ({
  page,
}) => {
  await page.goto(urdu);
  await expectUrduPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(urduTitle);
  const byline = page.locator('article header .byline');
  await expect(byline.getByRole('link', { name: 'ڈسپیچ ڈیسک' })).toHaveAttribute(
    'href',
    '/ur/authors/dispatch-desk/',
  );
  await expect(byline.locator('time')).toHaveText(
    new Intl.DateTimeFormat('ur-PK', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2024-01-18')),
  );
  await expect(byline).toContainText(/\d+ منٹ کا مطالعہ/);
  await expectStartsAtRight(byline);
  await expectStartsAtRight(page.locator('article .body p').first());
  await expect(
    page.getByRole('list', { name: ur.article.topics }).getByRole('link', { name: 'بلوچستان' }),
  ).toHaveAttribute('href', '/ur/tags/balochistan/');
});

test('an Urdu tag page lists the Urdu articles with the tag, right to left', async ({ page }) => {
  await page.goto('/ur/tags/pakistan/');
  await expectUrduPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('پاکستان');
  await expect(page.locator('main').getByText('1 مضمون', { exact: true })).toBeVisible();
  const card = page.locator('main article').first();
  await expect(card.getByRole('link', { name: urduTitle })).toHaveAttribute('href', urdu);
  await expectStartsAtRight(card.locator('.byline'));
});

test('the Urdu search finds Urdu articles, says so in Urdu and marks the words it found', async ({
  page,
}) => {
  await page.goto('/ur/search/?q=بلوچستان');
  await expectUrduPage(page);
  const results = page.getByRole('list', { name: ur.search.results }).getByRole('listitem');
  await expect(results).toHaveCount(1);
  await expect(results.first().getByRole('link', { name: urduTitle })).toHaveAttribute('href', urdu);
  await expect(results.first().locator('mark').first()).toHaveText(/بلوچستان/);
  await expect(page.getByRole('status')).toHaveText('’بلوچستان‘ کے لیے 1 نتیجہ۔');
  // The results run right to left like the page, the excerpt starting at the right.
  await expectStartsAtRight(results.first().locator('p'));
  // Only the Urdu edition's articles are searched: an English word of the English articles finds nothing.
  await page.getByRole('searchbox', { name: ur.search.query }).fill('Baluchistan');
  await expect(page.getByRole('status')).toHaveText('’Baluchistan‘ کے لیے کوئی نتیجہ نہیں ملا۔');
});

test('the language switch goes to the translation and back', async ({ page }) => {
  await page.goto(english);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'اردو' }).click();
  await expect(page).toHaveURL(urdu);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(urduTitle);
  await page.getByRole('navigation', { name: ur.nav.label }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(english);
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});

test('one consent choice holds in both editions, and the Urdu settings come from the Urdu policy', async ({
  page,
}) => {
  await page.goto(urdu);
  await banner(page).getByRole('button', { name: ur.consent.settings }).click();
  const settings = page.getByRole('dialog', { name: ur.consent.settingsTitle });
  await expect(settings).toBeVisible();
  for (const category of consent.categories) await expect(settings).toContainText(category.name.ur);
  await settings.getByRole('button', { name: ur.consent.rejectAll }).click();
  await expect(settings).toBeHidden();
  await page.goto(english);
  await page.waitForFunction(() => window.dispatchConsent !== undefined);
  await expect(page.getByRole('region', { name: 'Cookies on Dispatch' })).toBeHidden();
  expect(await page.evaluate(() => window.dispatchConsent?.get())).toMatchObject({
    granted: [],
    source: 'choice',
  });
});
