import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/support/chromium.ts';
import { corpusSiteDir } from './tests/support/corpus-site.ts';

/** The built site (dist/) is served by `astro preview` on this port for the browser tests. */
const port = Number(process.env['E2E_PORT'] ?? 4329);
/** A generated site with more articles (tests/support/corpus-site.ts), for pagination, on its own port. */
const corpusPort = Number(process.env['E2E_CORPUS_PORT'] ?? port + 1000);
const corpusDir = corpusSiteDir(port);

export default defineConfig({
  testDir: 'tests/e2e',
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
    { name: 'phone', use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 } } },
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } },
    {
      name: 'corpus',
      testDir: 'tests/e2e-corpus',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        baseURL: `http://127.0.0.1:${corpusPort}`,
      },
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
      // Builds the generated site (about 20 s on 2 cores) while the first server starts, then serves it.
      command: `node tests/support/corpus-site.ts ${corpusDir} && astro preview --outDir ${join(corpusDir, 'dist')} --host 127.0.0.1 --port ${corpusPort} --ignore-lock`,
      url: `http://127.0.0.1:${corpusPort}/`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});
