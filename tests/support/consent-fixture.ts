import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

/**
 * The consent test fixture. Dispatch ships with no analytics and no embed, so the browser tests give a page
 * of the real built site what a site owner would add: Playwright intercepts the page as `astro preview` serves
 * it and injects, before </body>, a gated inline script, a gated script with src, and a click-to-load embed
 * (following the contract of src/components/Embed.astro), and declares in the page's consent configuration
 * the cookie and storage item the fixture script sets, as src/config/consent.ts would list them. The fixture's
 * own files are answered by Playwright from 127.0.0.1 addresses; nothing of it is in the build.
 * A second injection, the order fixture, tests that gated scripts run in document order (see below).
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

/** What is injected before </body>, and the inline code in it that the page's CSP must allow by hash. */
interface Injection {
  readonly html: string;
  readonly inline: readonly string[];
}

const standard: Injection = { html: injected, inline: [inlineCode] };

/** The order fixture's gated script whose address answers 404. */
export const missingScript = `${base}/missing.js`;
/** The error the order fixture's failing gated inline script throws. */
export const failingScriptError = 'fixture: a gated inline script that fails';

/**
 * The gated inline scripts of the order fixture, exactly as the consent script will run them: one of "media"
 * between the analytics ones, one that throws, and the init() call that needs the library before it.
 */
const orderCode = {
  media: `window.__order = [...(window.__order ?? []), 'media'];`,
  fails: `throw new Error('${failingScriptError}');`,
  init: `window.fixtureLibrary.init();`,
};

/**
 * The order fixture: a gated library served as a file from the site's origin, a gated script whose src
 * answers 404, then gated inline code, the last of which calls the library. Run in document order, they
 * record `window.__order` = library, media, init; the failures stop nothing.
 */
const order: Injection = {
  html: `
<script type="text/plain" data-consent="analytics" src="${base}/library.js"></script>
<script type="text/plain" data-consent="analytics" src="${missingScript}"></script>
<script type="text/plain" data-consent="media">${orderCode.media}</script>
<script type="text/plain" data-consent="analytics">${orderCode.fails}</script>
<script type="text/plain" data-consent="analytics">${orderCode.init}</script>
`,
  inline: Object.values(orderCode),
};

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
 * Allows the gated inline scripts in the page's Content-Security-Policy by their hashes, as a site owner adding
 * one would (`scriptHashes` in src/config/security.ts): without them the browser blocks the inline code.
 */
function allowInlineCode(html: string, inline: readonly string[]): string {
  const hashes = inline.map((code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`);
  const withHashes = html.replace(
    /(<meta http-equiv="content-security-policy" content="[^"]*script-src 'self')/,
    `$1 ${hashes.join(' ')}`,
  );
  if (withHashes === html)
    throw new Error(`${fixturePage}: no script-src 'self' in a CSP <meta> to add the hashes to`);
  return withHashes;
}

/** The fixture's own files; any other address under the fixture's path answers 404. */
async function serveFixtureFiles(page: Page): Promise<void> {
  await page.route(`**${base}/**`, (route) => {
    const name = new URL(route.request().url()).pathname.slice(base.length + 1);
    if (name === 'analytics.js')
      return route.fulfill({
        contentType: 'text/javascript',
        body: "window.__gated = [...(window.__gated ?? []), 'src'];",
      });
    if (name === 'embed.html')
      return route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>Fixture video</title><p>Playing',
      });
    if (name === 'library.js')
      return route.fulfill({
        contentType: 'text/javascript',
        path: fileURLToPath(new URL('../fixtures/consent/library.js', import.meta.url)),
      });
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
  });
}

/** Serves the fixture page with `injection` injected before </body>. */
async function serveFixturePage(page: Page, injection: Injection): Promise<void> {
  await serveFixtureFiles(page);
  await page.route(
    (url) => url.pathname === fixturePage,
    async (route) => {
      const response = await route.fetch();
      const html = allowInlineCode(declareFixtureItems(await response.text()), injection.inline);
      if (!html.includes('</body>'))
        throw new Error(`${fixturePage}: no </body> to inject the fixture before`);
      await route.fulfill({ response, body: html.replace('</body>', `${injection.html}</body>`) });
    },
  );
}

/**
 * Serves the fixture page with the fixture injected, and the fixture's script and embed.
 * `window.__gated` lists, in order, each part of the fixture script that ran.
 */
export async function injectConsentFixture(page: Page): Promise<void> {
  await serveFixturePage(page, standard);
}

/**
 * Serves the fixture page with the order fixture injected instead (see `order` above), and its library.
 * `window.__order` lists, in order, each of its scripts that ran.
 */
export async function injectOrderFixture(page: Page): Promise<void> {
  await serveFixturePage(page, order);
}

declare global {
  interface Window {
    /** Set by the gated fixture script: which of its parts ran. */
    __gated?: string[];
    /** Set by the order fixture's gated scripts: which of them ran. */
    __order?: string[];
    /** The order fixture's gated library. */
    fixtureLibrary?: { init: () => void };
  }
}
