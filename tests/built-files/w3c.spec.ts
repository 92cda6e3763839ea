import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { testEnv } from '../../src/config/env.ts';
import { distDir, fixtureDistDir, htmlFiles } from '../support/built-site.ts';
import { corpusSiteDir } from '../support/corpus-site.ts';
import {
  formatNuMessage,
  hasJava,
  isFalseWarning,
  javaMissing,
  messageFile,
  runNuChecker,
  type NuMessage,
} from '../support/nu-checker.ts';

// Every page of the three built sites (the site, the fixture site and the generated corpus site, which
// Playwright's web servers build before any test runs) passes the W3C Nu HTML checker with no error, warning
// or note, less the checker's known false warnings (tests/support/nu-checker.ts). The checker runs once over
// all of them, with a page of known faults (tests/fixtures/nu-checker/) that shows it would catch them.
const sites = {
  site: resolve(distDir),
  'fixture site': resolve(fixtureDistDir),
  'corpus site': resolve(corpusSiteDir(testEnv.port), 'dist'),
};
const faults = resolve('tests/fixtures/nu-checker');

// One worker runs these in order, so the checker starts once.
test.describe.configure({ mode: 'default' });

let messages: NuMessage[] = [];

test.beforeAll(() => {
  // About 9 s for some 100 pages on 2 idle cores; allow for a busy machine.
  test.setTimeout(300_000);
  if (!hasJava()) throw new Error(javaMissing);
  messages = runNuChecker([...Object.values(sites), faults]);
});

/** The messages about files under `root`, less the known false warnings, one line each. */
function reported(root: string): string[] {
  return messages
    .filter((m) => !messageFile(m, root).startsWith('..') && !isFalseWarning(m))
    .map((m) => formatNuMessage(m, root));
}

test('the W3C checker reports a misplaced script and a script from another host, and drops only false warnings', () => {
  const found = reported(faults);
  expect(found).toContainEqual(
    expect.stringMatching(/^faults\.html:\d+:1: error: Stray start tag “script”\.$/),
  );
  expect(found).toContainEqual(expect.stringContaining('“https://elsewhere.example/tracker.js” blocked by'));
  expect(found).toContainEqual(expect.stringContaining('warning: Section lacks heading.'));
  // Dropped: a same-site script and image ('self' on the served site), JSON-LD, and a correctly hashed style.
  expect(found.join('\n')).not.toMatch(/same-site|Inline script|Inline style/);
});

for (const [name, root] of Object.entries(sites)) {
  test(`every page of the ${name} passes the W3C Nu HTML checker`, () => {
    expect(htmlFiles(root).length).toBeGreaterThan(0);
    expect(reported(root)).toEqual([]);
  });
}
