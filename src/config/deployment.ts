/**
 * Where the built site is served, from the environment (see README, "Configuration").
 * Read by astro.config.mjs, by the site's own links (src/lib/links.ts) and by the tests that check the
 * built site, so all agree. The links do not use `import.meta.env.BASE_URL` or `.SITE`: Astro lets any
 * environment variable of the same name (BASE_URL and SITE are common in CI) override those in server
 * code, which would silently send every link outside the base.
 */

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

/** SITE_URL: the public origin, for canonical URLs, feeds and the sitemap. */
export const siteUrl: string = parseSiteUrl(process.env['SITE_URL'] || 'https://dispatch.example');

/** BASE_PATH: the sub-path the site is served under, always with a leading and a trailing slash, e.g. "/dispatch/". */
export const basePath: string = normalizeBase(process.env['BASE_PATH'] || '/');
