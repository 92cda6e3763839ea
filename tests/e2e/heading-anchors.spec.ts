import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { distDir, htmlFiles, urlPathOf } from '../support/built-site.ts';

// Every built page whose Markdown headings carry anchor links (src/config/markdown.ts): articles and
// standalone pages such as the Data Protection Policy, whatever layout renders them.
const pages = htmlFiles()
  .filter((file) => readFileSync(`${distDir}/${file}`, 'utf8').includes('class="heading-anchor"'))
  .map(urlPathOf);

/** A heading short enough to fit on one line at a phone's width. */
const SHORT = 24;

const opacity = (link: Locator): Promise<string> => link.evaluate((el) => getComputedStyle(el).opacity);

/** The anchor links of the page, each with the heading it belongs to. */
async function anchors(page: Page): Promise<{ link: Locator; heading: Locator; text: string }[]> {
  const links = await page.getByRole('link', { name: /^Link to the section “.+”$/ }).all();
  return Promise.all(
    links.map(async (link) => {
      const name = (await link.textContent()) ?? '';
      const text = /“(.+)”/.exec(name)?.[1] ?? '';
      return { link, heading: page.getByRole('heading', { name: text, exact: true }), text };
    }),
  );
}

test('the pages with heading anchors include an article and the Data Protection Policy', () => {
  expect(pages).toContain('/data-protection/');
  expect(pages.some((path) => path.startsWith('/articles/'))).toBe(true);
});

for (const path of pages) {
  test.describe(`the heading anchors of ${path}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(path);
      await page.mouse.move(0, 0);
    });

    test('sit on their heading’s line, hidden until the heading is hovered, always shown where nothing hovers', async ({
      page,
      isMobile,
    }) => {
      // The phone project emulates a touch screen, where nothing hovers; the desktop one has a mouse.
      const canHover = await page.evaluate(() => matchMedia('(hover: hover)').matches);
      expect(canHover).toBe(!isMobile);
      const found = await anchors(page);
      expect(found.length).toBeGreaterThan(0);
      let short = 0;
      for (const { link, heading, text } of found) {
        await heading.scrollIntoViewIfNeeded();
        expect(await opacity(link), text).toBe(canHover ? '0' : '1');
        const [h, a] = [await heading.boundingBox(), await link.boundingBox()];
        if (!h || !a) throw new Error(`${text}: heading or anchor has no box`);
        // On the heading's line, not on one of its own below it.
        expect(a.y + a.height / 2, text).toBeGreaterThan(h.y);
        expect(a.y + a.height / 2, text).toBeLessThan(h.y + h.height);
        if (text.length <= SHORT) {
          short++;
          // Heading and anchor together take one line.
          const lineHeight = await heading.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
          const bottom = Math.max(h.y + h.height, a.y + a.height);
          expect(bottom - Math.min(h.y, a.y), text).toBeLessThan(1.5 * lineHeight);
        }
        if (!canHover) continue;
        await heading.hover();
        await expect.poll(() => opacity(link), { message: text }).toBe('1');
        await page.mouse.move(0, 0);
        await expect.poll(() => opacity(link), { message: text }).toBe('0');
      }
      expect(short).toBeGreaterThan(0);
    });

    test('show the first anchor when it gets keyboard focus', async ({ page }) => {
      const [first] = await anchors(page);
      if (!first) throw new Error('no anchor link');
      for (let i = 0; i < 60 && !(await first.link.evaluate((el) => el === document.activeElement)); i++) {
        await page.keyboard.press('Tab');
      }
      await expect(first.link).toBeFocused();
      expect(await opacity(first.link)).toBe('1');
    });
  });
}
