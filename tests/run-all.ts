/**
 * `npm test`: every check, in order, then one closing line "N passed, N failed" over all of them.
 * Test suites count their tests; every other stage (formatting, lint, types, build) counts as one check.
 * A stage that fails does not stop the independent ones after it, so one run shows every problem;
 * the browser tests need the build and Chromium, and are counted as failed when either is missing (the W3C
 * HTML checker among them needs Java as well).
 * Run through npm (`npm test`), so that Node 24 from node_modules/.bin runs it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { testEnv } from '../src/config/env.ts';
import { chromiumPath, hasChromium } from './support/chromium.ts';
import { hasJava, javaMissing } from './support/nu-checker.ts';
import {
  type Tally,
  lighthouseCounts,
  playwrightCounts,
  playwrightFailures,
  vitestCounts,
  vitestFailures,
} from './support/test-reports.ts';

const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const failures: string[] = [];
/** Each failed test by name with the first line of its error, repeated at the end where a log's tail shows it. */
const failedTests: string[] = [];

function log(line: string): void {
  console.log(`\n\u001b[1m▶ ${line}\u001b[0m`);
}

/** Runs a command with the terminal attached; true when it exits 0. */
function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): boolean {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A stage that counts as one check. */
function check(name: string, command: string, args: readonly string[]): boolean {
  log(name);
  const ok = run(command, args);
  record(name, { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
  return ok;
}

function record(name: string, tally: Tally): void {
  total.passed += tally.passed;
  total.failed += tally.failed;
  total.skipped += tally.skipped;
  if (tally.failed > 0) failures.push(`${name} (${tally.failed} failed)`);
}

/** Reads a runner's JSON report; a missing or unreadable report means the runner itself failed. */
function readReport(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** A test-suite stage: its own tests are counted from the JSON report it writes. */
function suite(
  name: string,
  args: readonly string[],
  report: string,
  count: (json: unknown) => Tally | undefined,
  names: (json: unknown) => string[] = () => [],
): void {
  log(name);
  rmSync(report, { force: true });
  const ok = run('npm', ['run', '--silent', ...args]);
  const json = readReport(report);
  const tally = count(json) ?? { passed: 0, failed: 1, skipped: 0 };
  failedTests.push(...names(json));
  // A runner that exits non-zero with every test passed (a crash after the tests, an unhandled error) still fails.
  if (!ok && tally.failed === 0) tally.failed = 1;
  record(name, tally);
}

/** Finds Debian's Chromium, installing it with apt when running as root; otherwise says what to install. */
function ensureChromium(): boolean {
  if (hasChromium()) return true;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get') && !testEnv.chromiumPathSet) {
    log('Installing Debian’s chromium package for the browser tests');
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update', '-qq'], env))
      run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], env);
    if (hasChromium()) return true;
  }
  console.error(
    `Browser tests need Chromium at ${chromiumPath}: install it with "sudo apt-get install chromium" (Debian) or set CHROMIUM_PATH to a Chromium binary.`,
  );
  return false;
}

/**
 * Finds Java for the W3C HTML checker (a test of the built files), installing Debian's default-jre-headless
 * with apt when running as root; otherwise says what to install, and that test fails saying the same.
 */
function ensureJava(): void {
  if (hasJava()) return;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && testEnv.javaHome === undefined) {
    log('Installing Debian’s default-jre-headless package for the W3C HTML checker');
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update', '-qq'], env))
      run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'default-jre-headless'], env);
    if (hasJava()) return;
  }
  console.error(javaMissing);
}

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
log(`Node ${process.version}`);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Node ${process.version} is too old for Astro 7: run the tests with "npm test", which uses Node 24 from node_modules.`,
  );
  process.exit(1);
}

// First, and fast: what an editor broke in content/ is the likeliest failure, and the quickest to read.
check('Content (npm run content:check)', 'npm', ['run', '--silent', 'content:check']);
check('Formatting (Prettier)', 'npm', ['run', '--silent', 'format:check']);
check('Lint (ESLint, zero warnings)', 'npm', ['run', '--silent', 'lint']);
check('Types (astro check)', 'npm', ['run', '--silent', 'check']);
suite(
  'Unit and build tests (vitest)',
  ['test:unit', '--', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json'],
  'test-results/unit.json',
  vitestCounts,
  vitestFailures,
);
const built = check('Build (astro build)', 'npm', ['run', '--silent', 'build']);

const browserTests = 'Browser tests (Playwright on Debian Chromium)';
if (!built) {
  log(browserTests);
  console.error('Not run: the build failed.');
  record(browserTests, { passed: 0, failed: 1, skipped: 0 });
} else if (!ensureChromium()) {
  record(browserTests, { passed: 0, failed: 1, skipped: 0 });
} else {
  ensureJava();
  suite(browserTests, ['test:e2e'], 'test-results/e2e.json', playwrightCounts, playwrightFailures);
  suite(
    'Lighthouse (mobile: home, article, tag)',
    ['lighthouse'],
    'test-results/lighthouse.json',
    lighthouseCounts,
  );
}

console.log('');
if (failedTests.length > 0)
  console.log(`Failed tests:\n${failedTests.map((test) => `  ✗ ${test}`).join('\n')}`);
if (failures.length > 0) console.log(`Failed: ${failures.join('; ')}`);
console.log(
  `${total.passed} passed, ${total.failed} failed${total.skipped > 0 ? `, ${total.skipped} skipped` : ''}`,
);
process.exit(total.failed > 0 ? 1 : 0);
