/**
 * Every environment variable Dispatch reads, read here and nowhere else (eslint.config.js refuses
 * `process.env` and Vite's `import.meta.env.*` in any other file), each checked and given its default. README.md,
 * "Configuration", lists them.
 *
 * Vite's env object is named in this file only with a property after it, never bare, comments included: where a
 * module names it bare, Astro compiles into the module the value of every environment variable whose name occurs
 * anywhere in its text (here PATH, HOME, `_`, CI and the DISPATCH_ ones), so any change to them (another PATH, the
 * command that started the build) changed every page's code hash and Astro's incremental build rendered every
 * page again; tests/unit/config/env-inlining.test.ts keeps it so. The site's settings are read once, when this module loads; the parsing
 * functions are pure, so that tests can give them any value.
 *
 * The links do not use `import.meta.env.BASE_URL` or `.SITE`: Astro lets any environment variable of the same
 * name (BASE_URL and SITE are common in CI) override those in server code, which would silently send every
 * link outside the base. BASE_PATH and SITE_URL are read here instead, by astro.config.mjs and by the site's
 * own links (src/lib/urls/links.ts) alike.
 */

/** The variables as the process has them. */
type Vars = Readonly<Record<string, string | undefined>>;

/** Which kind of deployment a build is for: only `production` may be indexed by search engines. */
export type DeployEnv = 'production' | 'preview';

const DEPLOY_ENVS: readonly DeployEnv[] = ['production', 'preview'];

/** The deployment settings of a build. */
export interface SiteEnv {
  /** SITE_URL: the public origin, for canonical URLs, feeds and the sitemap. */
  siteUrl: string;
  /** BASE_PATH: the sub-path the site is served under, with a leading and a trailing slash, e.g. "/dispatch/". */
  basePath: string;
  /** DISPATCH_CONTENT_DIR: the content folder (the benchmark and the bad-content tests build other content). */
  contentDir: string;
  /** DISPATCH_BUILD_DATE: the build's "now", deciding which scheduled articles are out and the footer's year. */
  buildDate: Date;
  /** DISPATCH_CACHE_DIR: Astro's build cache, beside it the articles' bodies and the share images. */
  cacheDir: string;
  /** DISPATCH_ENV: a `preview` build gets `noindex` on every page and a robots.txt that disallows everything. */
  deployEnv: DeployEnv;
  /** Whether search engines may index this build: production only. */
  indexable: boolean;
  /** DISPATCH_SEARCH_SHARD_SIZE: pages per shard of the search index (Pagefind needs ~0.6 MB a page). */
  searchShardSize: number;
  /**
   * DISPATCH_BUILD_MEMORY_MB: the memory the build may hold, in MiB (default 2,861: 3 × 10⁹ bytes); the search index runs
   * Pagefind processes side by side only within it.
   */
  buildMemoryMB: number;
  /** DISPATCH_TIMINGS=1 (set by the benchmark): the build logs the cost of the related-articles computation. */
  timings: boolean;
}

/** "/dispatch", "dispatch/" or "/dispatch/" → "/dispatch/"; "" → "/". */
export function normalizeBase(value: string): string {
  const trimmed = value.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** SITE_URL, checked: an http or https origin (a sub-path goes in BASE_PATH). */
export function parseSiteUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL: expected a full address such as https://example.org, got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL: expected an http or https address, got "${value}"`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `SITE_URL: expected an origin such as https://example.org, without a path, got "${value}"; put a sub-path in BASE_PATH`,
    );
  }
  return url.origin;
}

/** DISPATCH_BUILD_DATE (an ISO date or date-time), or `fallback` when it is not set. */
export function parseBuildDate(value: string | undefined, fallback: Date): Date {
  if (!value) return fallback;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new Error(`DISPATCH_BUILD_DATE: expected an ISO date such as 2024-01-18, got "${value}"`);
  }
  return date;
}

/** A variable that holds a whole number above 0, checked; `unit` names what it counts ("pages", "MiB"). */
function wholeNumber(variable: string, unit: string, example: string, value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || number < 1) {
    throw new Error(
      `${variable}: expected a whole number of ${unit} above 0, such as ${example}; got "${value}"`,
    );
  }
  return number;
}

/** DISPATCH_SEARCH_SHARD_SIZE, checked: how many pages one shard of the search index holds. */
export const parseShardSize = (value: string): number =>
  wholeNumber('DISPATCH_SEARCH_SHARD_SIZE', 'pages', '2000', value);

/** DISPATCH_BUILD_MEMORY_MB, checked: the memory the build may hold, in MiB. */
export const parseMemoryMB = (value: string): number =>
  wholeNumber('DISPATCH_BUILD_MEMORY_MB', 'MiB', '4096', value);

/** DISPATCH_ENV; an unknown value is an error rather than a silent guess. */
export function parseDeployEnv(value: string | undefined): DeployEnv {
  if (value === undefined || value === '') return 'production';
  const kind = DEPLOY_ENVS.find((k) => k === value);
  if (!kind) throw new Error(`DISPATCH_ENV: expected one of ${DEPLOY_ENVS.join(', ')}, got "${value}"`);
  return kind;
}

/** The deployment settings from a set of variables; `now` is the build date when DISPATCH_BUILD_DATE is unset. */
export function readSiteEnv(vars: Vars, now: Date): SiteEnv {
  const deployEnv = parseDeployEnv(vars['DISPATCH_ENV']);
  return {
    siteUrl: parseSiteUrl(vars['SITE_URL'] || 'https://dispatch.example'),
    basePath: normalizeBase(vars['BASE_PATH'] || '/'),
    contentDir: (vars['DISPATCH_CONTENT_DIR'] ?? './content').replace(/\/+$/, ''),
    buildDate: parseBuildDate(vars['DISPATCH_BUILD_DATE'], now),
    cacheDir: vars['DISPATCH_CACHE_DIR'] || './node_modules/.astro',
    deployEnv,
    indexable: deployEnv === 'production',
    searchShardSize: parseShardSize(vars['DISPATCH_SEARCH_SHARD_SIZE'] || '1000'),
    buildMemoryMB: parseMemoryMB(vars['DISPATCH_BUILD_MEMORY_MB'] || '2861'),
    timings: vars['DISPATCH_TIMINGS'] === '1',
  };
}

/** This build's settings, read once. */
export const siteEnv: SiteEnv = readSiteEnv(process.env, new Date());
export const {
  siteUrl,
  basePath,
  contentDir,
  buildDate,
  cacheDir,
  deployEnv,
  indexable,
  searchShardSize,
  buildMemoryMB,
  timings,
} = siteEnv;

/**
 * Drops the shell's `_` (the command that started the process: npm, npx, node) from the environment, for
 * astro.config.mjs to call before Astro reads it. Astro compiles it into its own actions runtime (which names the
 * env object bare), so a build started another way than the last changed every page's code hash and rendered every
 * page again; nothing reads it.
 */
export function forgetLaunchCommand(): void {
  delete process.env['_'];
}

/**
 * Whether this is the dev server (`astro dev`), which shows drafts. Strictly the boolean Vite defines: Astro lets
 * an environment variable DEV (any string) override import.meta.env.DEV in server code, and a CI that sets DEV=1
 * must not publish drafts. A function, so that plain Node (the command-line tools), where Vite's
 * `import.meta.env.DEV` does not exist, never reads it.
 */
export function isDevServer(): boolean {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-boolean-literal-compare
  return import.meta.env.DEV === true;
}

/** What the test harness reads: the browser the tests drive, the W3C checker's Java and the ports of the sites. */
export interface TestEnv {
  /** CHROMIUM_PATH: the Chromium binary the browser tests drive. */
  chromiumPath: string;
  /** Whether CHROMIUM_PATH was set (then `npm test` does not install Debian's chromium). */
  chromiumPathSet: boolean;
  /** JAVA_HOME: the Java the W3C HTML checker runs on, when not the `java` on the PATH. */
  javaHome: string | undefined;
  /** E2E_PORT: the port of the built site during the browser tests. */
  port: number;
  /** E2E_FIXTURE_PORT: the port of the fixture site (E2E_PORT + 1). */
  fixturePort: number;
  /** E2E_CORPUS_PORT: the port of the generated 45-article site (E2E_PORT + 1000). */
  corpusPort: number;
  /** LIGHTHOUSE_PORT: the port `npm run lighthouse` serves the built site on. */
  lighthousePort: number;
}

/** A port number, checked. */
function port(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535)
    throw new Error(`${name}: expected a port number, got "${value}"`);
  return n;
}

/** The test harness's settings from a set of variables. */
export function readTestEnv(vars: Vars): TestEnv {
  const e2ePort = port('E2E_PORT', vars['E2E_PORT'], 4329);
  return {
    chromiumPath: vars['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    chromiumPathSet: vars['CHROMIUM_PATH'] !== undefined,
    javaHome: vars['JAVA_HOME'],
    port: e2ePort,
    fixturePort: port('E2E_FIXTURE_PORT', vars['E2E_FIXTURE_PORT'], e2ePort + 1),
    corpusPort: port('E2E_CORPUS_PORT', vars['E2E_CORPUS_PORT'], e2ePort + 1000),
    lighthousePort: port('LIGHTHOUSE_PORT', vars['LIGHTHOUSE_PORT'], 4393),
  };
}

/** The test harness's settings, read once. */
export const testEnv: TestEnv = readTestEnv(process.env);
