/**
 * Where the built site is served, from the environment (see README, "Configuration").
 * Read by astro.config.mjs and by the tests that check the built site, so both agree.
 */

/** SITE_URL: the public origin, for canonical URLs, feeds and the sitemap. */
export const siteUrl: string = process.env['SITE_URL'] || 'https://dispatch.example';

/** BASE_PATH: the sub-path the site is served under, always with a trailing slash, e.g. "/dispatch/". */
export const basePath: string = (process.env['BASE_PATH'] || '/').replace(/\/?$/, '/');
