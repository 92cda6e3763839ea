/**
 * `npm run lighthouse`: Lighthouse (mobile preset, its default) on the home, article and tag pages of the built
 * site, served locally by `astro preview` and driven in Debian's Chromium. Fails below 100 in performance,
 * accessibility, best practices or SEO. Writes the scores to test-results/lighthouse.json.
 * Needs a build (`npm run build`) first.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { basePath } from '../src/config/deployment.ts';
import { chromiumArgs, chromiumPath, hasChromium } from './support/chromium.ts';

const port = Number(process.env['LIGHTHOUSE_PORT'] ?? 4393);
const origin = `http://127.0.0.1:${port}`;
const pages = {
  home: '',
  article: 'articles/iran-missile-strike-on-pakistani-territory/',
  tag: 'tags/pakistan/',
};
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Waits until the preview server answers, or gives up after `ms`. */
async function waitForServer(url: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the preview server did not answer at ${url} within ${String(ms / 1000)} s`);
}

if (!hasChromium()) {
  console.error(
    `Lighthouse needs Chromium at ${chromiumPath}: install it with "sudo apt-get install chromium" or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}

const server = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
  stdio: 'ignore',
});
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: ['--headless=new', ...chromiumArgs],
});

let failed = 0;
const scores: Record<string, Record<string, number>> = {};
try {
  await waitForServer(`${origin}${basePath}`, 30_000);
  for (const [name, path] of Object.entries(pages)) {
    const url = `${origin}${basePath}${path}`;
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const pageScores: Record<string, number> = {};
    for (const id of categories) pageScores[id] = Math.round((result.lhr.categories[id]?.score ?? 0) * 100);
    scores[name] = pageScores;
    const below = Object.entries(pageScores).filter(([, score]) => score < 100);
    console.log(
      `${below.length === 0 ? '✓' : '✗'} ${name.padEnd(8)} ${categories.map((id) => `${id} ${String(pageScores[id])}`).join(', ')}`,
    );
    if (below.length > 0) {
      failed++;
      // Name the audits that cost points, so that a failure says what to fix.
      for (const audit of Object.values(result.lhr.audits)) {
        if (
          audit.score !== null &&
          audit.score < 1 &&
          (audit.scoreDisplayMode === 'binary' || audit.scoreDisplayMode === 'numeric')
        ) {
          console.log(
            `    ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`,
          );
        }
      }
    }
  }
} finally {
  chrome.kill();
  server.kill();
}

mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/lighthouse.json', `${JSON.stringify(scores, null, 2)}\n`);
const total = Object.keys(pages).length;
console.log(`${String(total - failed)} passed, ${String(failed)} failed`);
process.exit(failed > 0 ? 1 : 0);
