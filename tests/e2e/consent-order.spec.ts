import { expect, test, type Page } from '@playwright/test';
import {
  failingScriptError,
  fixturePage,
  injectOrderFixture,
  missingScript,
} from '../support/consent-fixture.ts';

/**
 * Gated scripts run one after another in document order, each script with src awaited, on the built site with
 * the order fixture of tests/support injected: a gated library file, a gated script that answers 404, a gated
 * inline script of another category, one that throws, and an inline init() that calls the library.
 */

const banner = (page: Page) => page.getByRole('region', { name: 'Cookies on Dispatch' });
const settings = (page: Page) => page.getByRole('dialog', { name: 'Cookie settings' });
const footerSettings = (page: Page) =>
  page.getByRole('contentinfo').getByRole('button', { name: 'Cookie settings' });
/** Which of the order fixture's scripts have run, in order. */
const ran = (page: Page) => page.evaluate(() => window.__order ?? []);
const stillGated = (page: Page) => page.locator('script[type="text/plain"][data-consent]');

/** Opens the fixture page and waits until the consent script has decided. */
async function open(page: Page): Promise<void> {
  await page.goto(fixturePage);
  await page.waitForFunction(() => window.dispatchConsent !== undefined);
}

/**
 * What went wrong on the page since the last call: uncaught errors by message, and console errors by the
 * address they concern (a script that fails to load logs one for its own address).
 */
function watchErrors(page: Page): () => { thrown: string[]; logged: string[] } {
  const thrown: string[] = [];
  const logged: string[] = [];
  page.on('pageerror', (error) => thrown.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') logged.push(new URL(message.location().url).pathname);
  });
  return () => ({ thrown: thrown.splice(0), logged: logged.splice(0) });
}

test.beforeEach(async ({ page }) => {
  await injectOrderFixture(page);
});

test('after Accept all, and on a reload with the choice stored, gated scripts run in document order and a failure stops nothing', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await open(page);
  expect(await ran(page)).toEqual([]);
  await banner(page).getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => ran(page)).toEqual(['library', 'media', 'init']);
  await page.waitForLoadState('networkidle');
  // The only errors are the fixture's own two failures: no init() before its library.
  expect(errors()).toEqual({ thrown: [failingScriptError], logged: [missingScript] });
  await expect(stillGated(page)).toHaveCount(0);

  await open(page);
  await expect(banner(page)).toBeHidden();
  await expect.poll(() => ran(page)).toEqual(['library', 'media', 'init']);
  await page.waitForLoadState('networkidle');
  expect(errors()).toEqual({ thrown: [failingScriptError], logged: [missingScript] });
});

test('a category granted later runs its scripts then, and no gated script runs twice', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page);
  await banner(page).getByRole('button', { name: 'Settings' }).click();
  await settings(page).getByRole('switch', { name: 'Analytics' }).check();
  await settings(page).getByRole('button', { name: 'Save choices' }).click();
  await expect.poll(() => ran(page)).toEqual(['library', 'init']);
  await expect(stillGated(page)).toHaveCount(1);

  await footerSettings(page).click();
  await settings(page).getByRole('switch', { name: 'Embedded media' }).check();
  await settings(page).getByRole('button', { name: 'Save choices' }).click();
  await expect.poll(() => ran(page)).toEqual(['library', 'init', 'media']);
  await expect(stillGated(page)).toHaveCount(0);

  // The same choice again, then everything withdrawn and granted again: nothing that ran runs again.
  await footerSettings(page).click();
  await settings(page).getByRole('button', { name: 'Accept all' }).click();
  await footerSettings(page).click();
  await settings(page).getByRole('button', { name: 'Reject all' }).click();
  await footerSettings(page).click();
  await settings(page).getByRole('button', { name: 'Accept all' }).click();
  await page.waitForLoadState('networkidle');
  expect(await ran(page)).toEqual(['library', 'init', 'media']);
  expect(errors()).toEqual({ thrown: [failingScriptError], logged: [missingScript] });
});
