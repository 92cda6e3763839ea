import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** What a build gave: its exit status, everything it printed, and where the site is. */
export interface Build {
  status: number | null;
  output: string;
  distDir: string;
}

/**
 * What vitest adds to its own process's environment, import.meta.env's values among them (DEV=1, MODE=test,
 * NODE_ENV=test). Handed on to a build, they made Astro build for development in part (its Image component wrote
 * the data-image-component attribute a real build leaves out) and hid what a real build compiles in from the
 * environment (see src/config/env.ts): a build gets the environment a shell would give it.
 */
const TEST_RUNNER_VARIABLES = [
  'VITEST',
  'VITEST_MODE',
  'VITEST_POOL_ID',
  'VITEST_WORKER_ID',
  'NODE_ENV',
  'BASE_URL',
  'MODE',
  'DEV',
  'PROD',
  'SSR',
];

/** This process's environment without what the test runner added to it. */
function shellEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries({ ...process.env }).filter(([name]) => !TEST_RUNNER_VARIABLES.includes(name)),
  );
}

/**
 * A real `astro build` with `env` added to the environment a shell would give it: into a fresh temporary folder with its own
 * build cache (DISPATCH_CACHE_DIR), unless `outDir` and `cacheDir` say where, so that test builds leave dist/ and
 * the main cache alone. The one way the tests and the corpus site build (Node 24 runs Astro, as under npm).
 */
export function buildSite(
  env: Readonly<Record<string, string>>,
  { outDir, cacheDir }: { outDir?: string; cacheDir?: string } = {},
): Build {
  const work =
    outDir === undefined || cacheDir === undefined ? mkdtempSync(join(tmpdir(), 'dispatch-build-')) : '';
  const distDir = outDir ?? join(work, 'dist');
  const result = spawnSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', distDir],
    {
      encoding: 'utf8',
      env: { ...shellEnvironment(), DISPATCH_CACHE_DIR: cacheDir ?? join(work, 'cache'), ...env },
      timeout: 180_000,
    },
  );
  // Without colour codes: Astro colours its log whenever CI is set (picocolors), which would hide "├─ /page (cached)"
  // from the tests that read it.
  const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
  return { status: result.status, output, distDir };
}

/** A fresh content folder: the valid base fixtures with the articles of `extra` (a folder of articles) added. */
export function contentPlus(extra: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dispatch-content-'));
  cpSync('tests/fixtures/content', dir, { recursive: true });
  cpSync(extra, join(dir, 'articles'), { recursive: true });
  return dir;
}

/**
 * The fixture site of the build tests: the fixture content (tests/fixtures/content plus tests/fixtures/publishing),
 * served under a sub-path on another origin, at a fixed build date. Among its articles are a draft, a scheduled
 * piece, a syndicated piece and one that quotes HTML in code.
 */
export const fixtureSite = {
  origin: 'https://news.example.org',
  base: '/dispatch/',
  buildDate: '2024-01-13T12:00:00Z',
} as const;

/** A build of the fixture site, and the environment it was built with (to build it again the same way). */
export interface FixtureBuild extends Build {
  env: Readonly<Record<string, string>>;
}

let shared: FixtureBuild | undefined;

/**
 * The fixture site, built once per test run on first use and shared by every build test: they run one file after
 * another in one worker without isolation (vitest.config.ts), so this module, and the build, are kept between them.
 */
export function sharedFixtureBuild(): FixtureBuild {
  if (shared) return shared;
  const env = {
    DISPATCH_CONTENT_DIR: contentPlus('tests/fixtures/publishing/articles'),
    DISPATCH_BUILD_DATE: fixtureSite.buildDate,
    DISPATCH_ENV: 'production',
    SITE_URL: fixtureSite.origin,
    BASE_PATH: fixtureSite.base,
    // Variables Astro would let override import.meta.env in server code (vitest also sets some of them):
    // links and drafts must not depend on them.
    BASE_URL: '/',
    SITE: 'https://wrong.example',
    DEV: '1',
  };
  shared = { ...buildSite(env), env };
  return shared;
}
