import { expect, test, type Page } from '@playwright/test';
import { builtPages } from '../support/built-site.ts';

const article = '/articles/iran-strikes-in-pakistan-a-strategic-blunder/';
const articleUrl = `https://dispatch.example${article}`;

/** Collects the page's Content-Security-Policy violations from the first byte on. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test.describe('the Content-Security-Policy', () => {
  test('every page runs with its policy in force and raises no violation', async ({ page }) => {
    const violations = await watchCsp(page);
    const found = new Map<string, string[]>();
    for (const path of builtPages()) {
      // The load event comes after every script and stylesheet of the page has run or been blocked.
      await page.goto(path, { waitUntil: 'load' });
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(policy, path).toMatch(/script-src 'self'/);
      expect(policy, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      const seen = await violations();
      if (seen.length > 0) found.set(path, seen);
    }
    expect(Object.fromEntries(found)).toEqual({});
  });

  test('blocks an inline script, and the check above would see it', async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto(article);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.injected = "yes";';
      document.body.append(script);
    });
    await expect.poll(violations).toEqual([expect.stringContaining('script-src-elem blocked inline')]);
    await expect(page.locator('body')).not.toHaveAttribute('data-injected', 'yes');
  });
});

test.describe('the share links of an article', () => {
  test('offer e-mail and the four sites as plain links, with no third-party script', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(article);
    const share = page.getByRole('region', { name: 'Share this article' });
    await expect(share.getByRole('link', { name: 'Share by Email' })).toHaveAttribute(
      'href',
      /^mailto:\?subject=/,
    );
    for (const [name, host] of [
      ['X', 'https://x.com/'],
      ['Facebook', 'https://www.facebook.com/'],
      ['LinkedIn', 'https://www.linkedin.com/'],
      ['WhatsApp', 'https://wa.me/'],
    ] as const) {
      const href = await share.getByRole('link', { name: `Share on ${name}` }).getAttribute('href');
      expect(href?.startsWith(host)).toBe(true);
      expect(href).toContain(encodeURIComponent(articleUrl));
    }
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => !url.startsWith('http://127.0.0.1'))).toEqual([]);
  });

  test('copy the article’s address with the Copy link button and say so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(article);
    const share = page.getByRole('region', { name: 'Share this article' });
    await share.getByRole('button', { name: 'Copy link' }).click();
    await expect(share.getByRole('status')).toHaveText('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(articleUrl);
  });

  test('offer the system share sheet only where the browser has the Web Share API', async ({ page }) => {
    await page.goto(article);
    const share = page.getByRole('region', { name: 'Share this article' });
    const hasShare = await page.evaluate(() => typeof navigator.share === 'function');
    await expect(share.getByRole('button', { name: 'Share…' })).toHaveCount(hasShare ? 1 : 0);

    // A browser with the API (stubbed here, as desktop Chromium on Linux has none) gets the button.
    await page.addInitScript(() => {
      const calls: ShareData[] = [];
      (window as unknown as { shareCalls: ShareData[] }).shareCalls = calls;
      Object.defineProperty(navigator, 'share', {
        value: (data: ShareData) => {
          calls.push(data);
          return Promise.resolve();
        },
      });
    });
    await page.reload();
    await share.getByRole('button', { name: 'Share…' }).click();
    expect(await page.evaluate(() => (window as unknown as { shareCalls: ShareData[] }).shareCalls)).toEqual([
      { title: 'Iran’s Strikes in Pakistan: A Strategic Blunder', url: articleUrl },
    ]);
  });
});

test('the feeds, sitemaps, robots.txt and share images are served', async ({ request }) => {
  for (const [path, type] of [
    ['/rss.xml', /xml/],
    ['/atom.xml', /xml/],
    ['/feed.json', /json/],
    ['/tags/iran/rss.xml', /xml/],
    ['/sitemap-index.xml', /xml/],
    ['/news-sitemap.xml', /xml/],
    ['/robots.txt', /text\/plain/],
    [`${article}share.png`, /image\/png/],
    ['/logo.png', /image\/png/],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toMatch(type);
  }
});
