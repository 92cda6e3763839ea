/**
 * robots.txt. A production build lets every crawler in and names the sitemaps; any other build
 * (a preview) shuts every crawler out, so that a preview never competes with the real site. Pure.
 */
export function robotsTxt(options: { indexable: boolean; sitemaps: readonly string[] }): string {
  if (!options.indexable) return 'User-agent: *\nDisallow: /\n';
  return ['User-agent: *', 'Allow: /', '', ...options.sitemaps.map((url) => `Sitemap: ${url}`), ''].join(
    '\n',
  );
}
