import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { consent } from '../../src/config/consent.ts';
import type { ConsentState } from '../../src/lib/consent/script-api.ts';
import {
  fixtureCookie,
  fixturePage,
  fixtureStorage,
  injectConsentFixture,
} from '../support/consent-fixture.ts';

/** The browser side of cookie consent, on the built site with the gated fixture of tests/support injected. */

const banner = (page: Page) => page.getByRole('region', { name: 'Cookies on Dispatch' });
const settings = (page: Page) => page.getByRole('dialog', { name: 'Cookie settings' });
const footerSettings = (page: Page) =>
  page.getByRole('contentinfo').getByRole('button', { name: 'Cookie settings' });
/** Which parts of the gated fixture script have run, in order. */
const gated = (page: Page) => page.evaluate(() => window.__gated ?? []);
const storedChoice = (page: Page) =>
  page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    return raw === null ? null : (JSON.parse(raw) as { granted: string[]; rev: number; at: number });
  }, consent.storageKey);
const consentState = (page: Page) => page.evaluate(() => window.dispatchConsent?.get());

/** Opens the fixture page and waits until the consent script has decided. */
async function open(page: Page, path = fixturePage): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(() => window.dispatchConsent !== undefined);
}

/** Stores a consent record before any page script runs, as an earlier visit would have. */
async function rememberChoice(page: Page, record: Record<string, unknown>): Promise<void> {
  await page.addInitScript(
    ({ key, value }) => {
      if (!sessionStorage.getItem('seeded')) localStorage.setItem(key, value);
      sessionStorage.setItem('seeded', '1');
    },
    {
      key: consent.storageKey,
      value: JSON.stringify({ v: 1, rev: consent.revision, at: Date.now(), gpc: false, ...record }),
    },
  );
}

test.beforeEach(async ({ page }) => {
  await injectConsentFixture(page);
});

test('a first visit shows the banner, runs nothing gated and sends no request beyond this host', async ({
  page,
  context,
}) => {
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).hostname !== '127.0.0.1') elsewhere.push(request.url());
  });
  await open(page);
  await expect(banner(page)).toBeVisible();
  await expect(banner(page).getByRole('button')).toHaveText(['Accept all', 'Reject all', 'Settings']);
  await expect(banner(page).getByRole('link', { name: 'Data Protection Policy' })).toHaveAttribute(
    'href',
    '/data-protection/',
  );
  await page.waitForLoadState('networkidle');
  expect(await gated(page)).toEqual([]);
  await expect(page.locator('iframe')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Load from Fixture Tube' })).toBeVisible();
  expect(await context.cookies()).toEqual([]);
  expect(await storedChoice(page)).toBeNull();
  expect(await consentState(page)).toEqual({ granted: [], source: 'none' });
  expect(elsewhere).toEqual([]);
});

test('the banner’s three choices are equally prominent', async ({ page }) => {
  await open(page);
  const looks = await banner(page)
    .getByRole('button')
    .evaluateAll((buttons) =>
      buttons.map((button) => {
        const style = getComputedStyle(button);
        const box = button.getBoundingClientRect();
        return [
          Math.round(box.width),
          Math.round(box.height),
          style.backgroundColor,
          style.color,
          style.font,
        ];
      }),
    );
  expect(looks).toHaveLength(3);
  expect(looks[1]).toEqual(looks[0]);
  expect(looks[2]).toEqual(looks[0]);
});

test('Reject all runs nothing gated, and still nothing after a reload', async ({ page, context }) => {
  await open(page);
  await banner(page).getByRole('button', { name: 'Reject all' }).click();
  await expect(banner(page)).toBeHidden();
  expect(await storedChoice(page)).toMatchObject({ granted: [], rev: consent.revision });
  expect(await gated(page)).toEqual([]);

  await open(page);
  await expect(banner(page)).toBeHidden();
  expect(await consentState(page)).toEqual({ granted: [], source: 'choice' });
  await page.waitForLoadState('networkidle');
  expect(await gated(page)).toEqual([]);
  await expect(page.locator('iframe')).toHaveCount(0);
  expect(await context.cookies()).toEqual([]);
});

test('Accept all runs the gated fixture script, inline then src, and loads the embed', async ({
  page,
  context,
}) => {
  await open(page);
  const changes = page.evaluate(
    () =>
      new Promise<ConsentState>((resolve) => {
        document.addEventListener('consent:change', (event) => {
          resolve(event.detail);
        });
      }),
  );
  await banner(page).getByRole('button', { name: 'Accept all' }).click();
  expect(await changes).toEqual({ granted: ['analytics', 'media'], source: 'choice' });
  await expect(banner(page)).toBeHidden();
  await expect.poll(() => gated(page)).toEqual(['inline', 'src']);
  await expect(page.frameLocator('iframe[title="Fixture video"]').getByText('Playing')).toBeVisible();
  expect((await context.cookies()).map((cookie) => cookie.name)).toContain(fixtureCookie);

  await open(page);
  await expect(banner(page)).toBeHidden();
  await expect.poll(() => gated(page)).toEqual(['inline', 'src']);
  await expect(page.locator('iframe[title="Fixture video"]')).toHaveCount(1);
});

test('the footer reopens the settings; withdrawing analytics deletes its cookies and stops it on the next load', async ({
  page,
  context,
}) => {
  await open(page);
  await banner(page).getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => gated(page)).toEqual(['inline', 'src']);
  expect(await page.evaluate((name) => localStorage.getItem(name), fixtureStorage)).toBe('1');

  await footerSettings(page).click();
  await expect(settings(page)).toBeVisible();
  await expect(settings(page).getByRole('switch', { name: 'Analytics' })).toBeChecked();
  await expect(settings(page).getByRole('switch', { name: 'Embedded media' })).toBeChecked();
  await settings(page).getByRole('switch', { name: 'Analytics' }).uncheck();
  await settings(page).getByRole('button', { name: 'Save choices' }).click();
  await expect(settings(page)).toBeHidden();
  await expect(footerSettings(page)).toBeFocused();
  expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain(fixtureCookie);
  expect(await page.evaluate((name) => localStorage.getItem(name), fixtureStorage)).toBeNull();
  expect(await storedChoice(page)).toMatchObject({ granted: ['media'] });

  await open(page);
  await expect(banner(page)).toBeHidden();
  await page.waitForLoadState('networkidle');
  expect(await gated(page)).toEqual([]);
  await expect(page.locator('iframe[title="Fixture video"]')).toHaveCount(1);
});

test('withdrawing embedded media puts the placeholder back', async ({ page }) => {
  await rememberChoice(page, { granted: ['media'] });
  await open(page);
  await expect(page.locator('iframe[title="Fixture video"]')).toHaveCount(1);
  await footerSettings(page).click();
  await settings(page).getByRole('button', { name: 'Reject all' }).click();
  await expect(page.locator('iframe')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Load from Fixture Tube' })).toBeVisible();
});

test('an embed loads on a click without granting the category, or always once allowed', async ({ page }) => {
  await open(page);
  await banner(page).getByRole('button', { name: 'Reject all' }).click();
  await page.getByRole('button', { name: 'Load from Fixture Tube' }).click();
  await expect(page.locator('iframe[title="Fixture video"]')).toBeFocused();
  expect(await storedChoice(page)).toMatchObject({ granted: [] });

  await open(page);
  await expect(page.locator('iframe')).toHaveCount(0);
  await page.getByRole('button', { name: 'Always load embedded media' }).click();
  await expect(page.locator('iframe[title="Fixture video"]')).toHaveCount(1);
  expect(await storedChoice(page)).toMatchObject({ granted: ['media'] });
  await open(page);
  await expect(page.locator('iframe[title="Fixture video"]')).toHaveCount(1);
  expect(await gated(page)).toEqual([]);
});

test('with Global Privacy Control on, nothing optional is asked or run, and the settings say why', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true });
  });
  await open(page);
  await expect(banner(page)).toBeHidden();
  expect(await consentState(page)).toEqual({ granted: [], source: 'gpc' });
  await page.waitForLoadState('networkidle');
  expect(await gated(page)).toEqual([]);
  await expect(page.locator('iframe')).toHaveCount(0);
  expect(await storedChoice(page)).toBeNull();

  await footerSettings(page).click();
  await expect(settings(page)).toContainText('Your browser sends a Global Privacy Control signal');
  await expect(settings(page).getByRole('switch', { name: 'Analytics' })).not.toBeChecked();
});

test('without Global Privacy Control the settings do not mention it', async ({ page }) => {
  await open(page);
  await banner(page).getByRole('button', { name: 'Settings' }).click();
  await expect(settings(page)).toBeVisible();
  await expect(settings(page).getByText('Global Privacy Control')).toBeHidden();
});

test('a keyboard alone can make, change and withdraw a choice, with focus visible and returned', async ({
  page,
}) => {
  await open(page);
  const expectFocus = async (name: string, role: 'button' | 'link' | 'switch' = 'button') => {
    const focused = page.getByRole(role, { name, exact: true }).and(page.locator(':focus'));
    await expect(focused).toBeVisible();
    expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  };
  await page.keyboard.press('Tab');
  await expectFocus('Skip to content', 'link');
  await page.keyboard.press('Tab');
  await expectFocus('Data Protection Policy', 'link');
  for (const name of ['Accept all', 'Reject all', 'Settings']) {
    await page.keyboard.press('Tab');
    await expectFocus(name);
  }
  await page.keyboard.press('Enter');
  await expect(settings(page)).toBeVisible();
  await expectFocus('Analytics', 'switch');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expectFocus('Embedded media', 'switch');
  await page.keyboard.press('Tab');
  await expectFocus('Save choices');
  await page.keyboard.press('Enter');
  await expect(settings(page)).toBeHidden();
  await expect(banner(page)).toBeHidden();
  // The banner it came from has gone, so focus lands on the main content.
  await expect(page.locator('main')).toBeFocused();
  await expect.poll(() => gated(page)).toEqual(['inline', 'src']);
  await expect(page.locator('iframe')).toHaveCount(0);

  // Reopen from the footer; Escape closes without a change and focus returns to the footer.
  await footerSettings(page).focus();
  await page.keyboard.press('Enter');
  await expectFocus('Analytics', 'switch');
  await expect(settings(page).getByRole('switch', { name: 'Analytics' })).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(settings(page)).toBeHidden();
  await expect(footerSettings(page)).toBeFocused();
  expect(await storedChoice(page)).toMatchObject({ granted: ['analytics'] });

  // Withdraw: Reject all is the last button of the dialog.
  await page.keyboard.press('Enter');
  await expect(settings(page)).toBeVisible();
  await page.keyboard.press('Shift+Tab');
  await expectFocus('Data Protection Policy', 'link');
  await page.keyboard.press('Shift+Tab');
  await expectFocus('Close');
  for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
  await expectFocus('Reject all');
  await page.keyboard.press('Enter');
  await expect(footerSettings(page)).toBeFocused();
  expect(await storedChoice(page)).toMatchObject({ granted: [] });
});

test('a choice made from the banner by keyboard moves focus on to the main content', async ({ page }) => {
  await open(page);
  await banner(page).getByRole('button', { name: 'Reject all' }).focus();
  await page.keyboard.press('Enter');
  await expect(banner(page)).toBeHidden();
  await expect(page.locator('main')).toBeFocused();
  expect(await storedChoice(page)).toMatchObject({ granted: [] });
});

test('while the banner shows, nothing the keyboard focuses is hidden behind it', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page);
  await expect(banner(page)).toBeVisible();
  let reachedFooter = false;
  for (let press = 0; press < 100 && !reachedFooter; press++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body || element.closest('#consent-banner')) return null;
      return {
        name: element.textContent.trim(),
        bottom: element.getBoundingClientRect().bottom,
        bannerTop: document.getElementById('consent-banner')?.getBoundingClientRect().top ?? 0,
        last: element.closest('footer') !== null && element.matches('[data-consent-action]'),
      };
    });
    if (!focused) continue;
    expect(focused.bottom, `"${focused.name}" is behind the banner`).toBeLessThanOrEqual(focused.bannerTop);
    reachedFooter = focused.last;
  }
  expect(reachedFooter).toBe(true);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations with the banner and with the settings open (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await open(page);
    await expect(banner(page)).toBeVisible();
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
    expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations).toEqual([]);
    await banner(page).getByRole('button', { name: 'Settings' }).click();
    await expect(settings(page)).toBeVisible();
    expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations).toEqual([]);
  });
}

test('a reader who already chose never sees the banner, not even for a moment', async ({ page, request }) => {
  expect(await (await request.get(fixturePage)).text()).toMatch(
    /<section id="consent-banner"[^>]* hidden[ >]/,
  );
  await rememberChoice(page, { granted: [] });
  await page.addInitScript(() => {
    new MutationObserver((records) => {
      for (const { target } of records)
        if (target instanceof HTMLElement && target.id === 'consent-banner' && !target.hidden)
          document.documentElement.dataset['bannerShown'] = 'yes';
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['hidden'] });
  });
  await open(page);
  expect(await consentState(page)).toEqual({ granted: [], source: 'choice' });
  await expect(page.locator('html')).not.toHaveAttribute('data-banner-shown');
  await expect(banner(page)).toBeHidden();
});

test('a new policy revision or a choice older than the maximum age asks again and drops the old record', async ({
  page,
}) => {
  await rememberChoice(page, { granted: ['analytics'], rev: consent.revision + 1 });
  await open(page);
  await expect(banner(page)).toBeVisible();
  expect(await storedChoice(page)).toBeNull();
  expect(await gated(page)).toEqual([]);

  const old = await page.context().newPage();
  await injectConsentFixture(old);
  await rememberChoice(old, {
    granted: ['analytics'],
    at: Date.now() - (consent.maxAgeDays + 1) * 86_400_000,
  });
  await open(old, '/');
  await expect(banner(old)).toBeVisible();
});

test('the banner overlays the page without shifting it and stays still with reduced motion', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as Window & { shift?: number };
    w.shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        w.shift = (w.shift ?? 0) + (entry as PerformanceEntry & { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page);
  await expect(banner(page)).toBeVisible();
  expect(await banner(page).evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
  expect(await banner(page).evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as Window & { shift?: number }).shift)).toBe(0);
});

test('at 320 px the banner and the settings fit the screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  await open(page);
  // Measured where the banner comes to rest, after it has slid in.
  await banner(page).evaluate((el) => Promise.all(el.getAnimations().map((animation) => animation.finished)));
  for (const button of await banner(page).getByRole('button').all()) {
    const box = await button.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 320 && box.y + box.height <= 568).toBe(true);
  }
  await banner(page).getByRole('button', { name: 'Settings' }).click();
  const box = await settings(page).boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 320 && box.height <= 568).toBe(true);
  await settings(page).getByRole('button', { name: 'Reject all' }).scrollIntoViewIfNeeded();
  await settings(page).getByRole('button', { name: 'Reject all' }).click();
  await expect(settings(page)).toBeHidden();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the Data Protection Policy lists the stored items from the consent configuration', async ({ page }) => {
  await open(page, '/data-protection/');
  const list = page.getByRole('region', { name: 'Every cookie and storage item' });
  for (const category of consent.categories)
    await expect(list.getByRole('heading', { name: category.name.en, level: 3 })).toBeVisible();
  for (const item of consent.items) {
    const row = list.getByRole('row').filter({ hasText: item.name });
    await expect(row).toContainText(item.purpose.en);
    await expect(row).toContainText(item.lifetime.en);
  }
  await banner(page).getByRole('button', { name: 'Reject all' }).click();
  await list.getByRole('button', { name: 'Change your cookie settings' }).click();
  await expect(settings(page)).toBeVisible();
});

test('the consent script is at most 1.5 KB gzip and loads nothing else until the reader acts', async ({
  page,
  request,
}) => {
  const requested: string[] = [];
  page.on('request', (sent) => {
    if (['script', 'stylesheet', 'fetch', 'xhr'].includes(sent.resourceType())) requested.push(sent.url());
  });
  await open(page, '/');
  await page.waitForLoadState('networkidle');
  // Astro inlines a small bundled script and links a larger one: read it either way.
  const modules = await page
    .locator('script[type="module"]')
    .evaluateAll((elements) =>
      elements.map((element) => ({ src: (element as HTMLScriptElement).src, text: element.textContent })),
    );
  const code = await Promise.all(
    modules.map(async ({ src, text }) => (src ? (await request.get(src)).text() : text)),
  );
  const consentScript = code.filter((text) => text.includes('consent:change'));
  expect(consentScript).toHaveLength(1);
  const size = gzipSync(consentScript[0] ?? '').length;
  console.log(`consent script: ${consentScript[0]?.length} bytes, ${size} bytes gzip`);
  expect(size).toBeLessThanOrEqual(1536);
  expect(consentScript[0]).not.toMatch(/\bimport\s*[("'`{*]|XMLHttpRequest|sendBeacon/);
  // Nothing but the page's own module scripts is requested.
  expect(requested.filter((url) => !modules.some(({ src }) => src === url))).toEqual([]);

  // Opening the settings loads the rest of the consent code, fetches the policy page, which holds the dialog,
  // and the dialog's stylesheet: from this host, and once.
  requested.length = 0;
  await banner(page).getByRole('button', { name: 'Settings' }).click();
  await expect(settings(page)).toBeVisible();
  await settings(page).getByRole('button', { name: 'Close' }).click();
  await expect(settings(page)).toBeHidden();
  await banner(page).getByRole('button', { name: 'Settings' }).click();
  await expect(settings(page)).toBeVisible();
  expect(requested.map((url) => new URL(url).pathname).sort()).toEqual([
    expect.stringMatching(/^\/_astro\/consent-actions[^/]*\.js$/),
    expect.stringMatching(/^\/_astro\/consent-settings[^/]*\.css$/),
    '/data-protection/',
  ]);
  expect(requested.every((url) => new URL(url).origin === new URL(page.url()).origin)).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('there is no banner, no cookie settings control and nothing stored', async ({ page, context }) => {
    await page.goto(fixturePage);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(banner(page)).toBeHidden();
    await expect(page.getByRole('button', { name: 'Cookie settings' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Load from Fixture Tube' })).toHaveCount(0);
    await expect(page.locator('iframe')).toHaveCount(0);
    expect(await context.cookies()).toEqual([]);
    expect((await context.storageState()).origins).toEqual([]);
  });
});
