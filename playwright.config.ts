import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { testEnv } from './src/config/env.ts';
import { chromiumArgs, chromiumPath } from './tests/support/chromium.ts';
import { fixtureDistDir } from './tests/support/built-site.ts';
import { corpusSiteDir } from './tests/support/corpus-site.ts';

/** The built site (dist/) is served by `astro preview` on this port for the browser tests. */
const port = testEnv.port;

/**
 * A second site, built from tests/fixtures/content with a fixed build date, for what the real content does not
 * show: drafts and scheduled articles left out, corrections, sources and captioned figures. Served on the next port.
 */
const fixturePort = testEnv.fixturePort;
const fixtureBuildDate = '2024-06-01';
const fixtureSite = /fixture-site\.spec\.ts/;

/**
 * A third site, generated (tests/support/corpus-site.ts) with more articles than a page holds, for pagination:
 * built into a temporary folder and served on its own port.
 */
const corpusPort = testEnv.corpusPort;
const corpusDir = corpusSiteDir(port);

const phone = { ...devices['Pixel 7'], viewport: { width: 390, height: 844 } };
const desktop = { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } };

export default defineConfig({
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: chromiumPath, args: [...chromiumArgs] },
  },
  projects: [
    // Checks of the built files themselves (HTML validity, links): no browser, run once.
    { name: 'built-files', testDir: 'tests/built-files' },
    // The site in Chromium at a phone's and a desktop's width.
    { name: 'phone', testDir: 'tests/e2e', testIgnore: fixtureSite, use: phone },
    { name: 'desktop', testDir: 'tests/e2e', testIgnore: fixtureSite, use: desktop },
    // The fixture site (see above), at the same two widths.
    {
      name: 'fixtures-phone',
      testDir: 'tests/e2e',
      testMatch: fixtureSite,
      use: { ...phone, baseURL: `http://127.0.0.1:${fixturePort}` },
    },
    {
      name: 'fixtures-desktop',
      testDir: 'tests/e2e',
      testMatch: fixtureSite,
      use: { ...desktop, baseURL: `http://127.0.0.1:${fixturePort}` },
    },
    // The generated site (see above), at desktop width.
    {
      name: 'corpus',
      testDir: 'tests/e2e-corpus',
      use: { ...desktop, baseURL: `http://127.0.0.1:${corpusPort}` },
    },
  ],
  webServer: [
    {
      command: `astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `astro build --outDir ${fixtureDistDir} && astro preview --outDir ${fixtureDistDir} --host 127.0.0.1 --port ${fixturePort} --ignore-lock`,
      url: `http://127.0.0.1:${fixturePort}/`,
      env: {
        DISPATCH_CONTENT_DIR: 'tests/fixtures/content',
        DISPATCH_BUILD_DATE: fixtureBuildDate,
        DISPATCH_CACHE_DIR: 'node_modules/.astro-fixtures',
      },
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      // Generates and builds the corpus site (about 20 s on 2 cores) while the other servers start.
      command: `node tests/support/corpus-site.ts ${corpusDir} && astro preview --outDir ${join(corpusDir, 'dist')} --host 127.0.0.1 --port ${corpusPort} --ignore-lock`,
      url: `http://127.0.0.1:${corpusPort}/`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});
