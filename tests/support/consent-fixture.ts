import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';

/**
 * The consent test fixture. Dispatch ships with no analytics and no embed, so the browser tests give a page
 * of the real built site what a site owner would add: Playwright intercepts the page as `astro preview` serves
 * it and injects, before </body>, a gated inline script, a gated script with src, and a click-to-load embed
 * (following the contract of src/components/Embed.astro), and declares in the page's consent configuration
 * the cookie and storage item the fixture script sets, as src/config/consent.ts would list them. The fixture's
 * own files are answered by Playwright from 127.0.0.1 addresses; nothing of it is in the build.
 */

/** The page the fixture is injected into. */
export const fixturePage = '/articles/iran-missile-strike-on-pakistani-territory/';
/** The cookie and storage item the gated fixture script sets. */
export const fixtureCookie = '_fixture_id.1';
export const fixtureStorage = 'fixture.analytics';

const base = '/__consent-fixture';

/** The gated inline script's code, exactly as the consent script will run it. */
const inlineCode = `
  window.__gated = [...(window.__gated ?? []), 'inline'];
  document.cookie = '${fixtureCookie}=abc; path=/; max-age=3600';
  localStorage.setItem('${fixtureStorage}', '1');
`;

const injected = `
<script type="text/plain" data-consent="analytics">${inlineCode}</script>
<script type="text/plain" data-consent="analytics" src="${base}/analytics.js"></script>
<figure>
  <div data-consent-embed="media">
    <div>
      <p><strong>Fixture video</strong> is embedded from Fixture Tube.</p>
      <p data-consent-js hidden>
        <button type="button" data-consent-action="load">Load from Fixture Tube</button>
        <button type="button" data-consent-action="always">Always load embedded media</button>
      </p>
    </div>
    <template><iframe src="${base}/embed.html" title="Fixture video"></iframe></template>
  </div>
</figure>
`;

/** Adds the fixture's cookie and storage item to the page's consent configuration (the banner's data-config). */
function declareFixtureItems(html: string): string {
  if (!/data-config="/.test(html)) throw new Error(`${fixturePage}: no consent banner with data-config`);
  return html.replace(/data-config="([^"]*)"/, (_, attribute: string) => {
    const config = JSON.parse(attribute.replaceAll('&quot;', '"').replaceAll('&amp;', '&')) as {
      items: [string, string, string][];
    };
    config.items.push(
      ['analytics', 'cookie', '_fixture_id.*'],
      ['analytics', 'localStorage', fixtureStorage],
    );
    return `data-config="${JSON.stringify(config).replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`;
  });
}

/**
 * Allows the gated inline script in the page's Content-Security-Policy by its hash, as a site owner adding
 * one would (`scriptHashes` in src/config/security.ts): without it the browser blocks the inline code.
 */
function allowInlineCode(html: string): string {
  const hash = `'sha256-${createHash('sha256').update(inlineCode).digest('base64')}'`;
  const withHash = html.replace(
    /(<meta http-equiv="content-security-policy" content="[^"]*script-src 'self')/,
    `$1 ${hash}`,
  );
  if (withHash === html)
    throw new Error(`${fixturePage}: no script-src 'self' in a CSP <meta> to add the hash to`);
  return withHash;
}

/**
 * Serves the fixture page with the fixture injected, and the fixture's script and embed.
 * `window.__gated` lists, in order, each part of the fixture script that ran.
 */
export async function injectConsentFixture(page: Page): Promise<void> {
  await page.route(`**${base}/analytics.js`, (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: "window.__gated = [...(window.__gated ?? []), 'src'];",
    }),
  );
  await page.route(`**${base}/embed.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>Fixture video</title><p>Playing',
    }),
  );
  await page.route(
    (url) => url.pathname === fixturePage,
    async (route) => {
      const response = await route.fetch();
      const html = allowInlineCode(declareFixtureItems(await response.text()));
      if (!html.includes('</body>'))
        throw new Error(`${fixturePage}: no </body> to inject the fixture before`);
      await route.fulfill({ response, body: html.replace('</body>', `${injected}</body>`) });
    },
  );
}

declare global {
  interface Window {
    /** Set by the gated fixture script: which of its parts ran. */
    __gated?: string[];
  }
}
