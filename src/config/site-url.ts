/**
 * Where the site is served, from the environment, read once here for astro.config.mjs and for the site's
 * own links (src/lib/links.ts):
 * - SITE_URL: the public origin, e.g. "https://example.github.io" (default https://dispatch.example);
 * - BASE_PATH: the sub-path, e.g. "/dispatch/" for a GitHub project page (default "/").
 * The links do not use `import.meta.env.BASE_URL` or `.SITE`: Astro lets any environment variable of the
 * same name (BASE_URL and SITE are common in CI) override those in server code, which would silently
 * send every link outside the base.
 */

/** "/dispatch", "dispatch/" or "/dispatch/" → "/dispatch/"; "" → "/". */
export function normalizeBase(value: string): string {
  const trimmed = value.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** SITE_URL, checked: an http or https origin (the sub-path goes in BASE_PATH). */
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

export const siteUrl: string = parseSiteUrl(process.env['SITE_URL'] || 'https://dispatch.example');
export const basePath: string = normalizeBase(process.env['BASE_PATH'] || '/');
