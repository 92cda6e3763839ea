import { withBase } from '../urls/routes.ts';

/**
 * The `_headers` file that Netlify and Cloudflare Pages read (https://docs.netlify.com/routing/headers/,
 * https://developers.cloudflare.com/pages/configuration/headers/): security headers on every path and a
 * year-long immutable cache for Astro's hashed assets under /_astro/. Pure.
 */

export interface HeaderPolicy {
  /** CSP directives shared with the <meta> policy. */
  directives: readonly string[];
  scriptResources: readonly string[];
  scriptHashes: readonly string[];
  styleResources: readonly string[];
  /** Directives only a header can carry (frame-ancestors). */
  headerOnly: readonly string[];
  /** Every other header, by name. */
  headers: Readonly<Record<string, string>>;
}

/**
 * The policy as an HTTP header. Browsers enforce the header and the page's <meta> policy together, so a
 * resource must pass both. The header cannot know each page's style hashes, so it allows inline styles
 * and leaves them to the <meta> policy, which lists their hashes; scripts get no such leeway: every
 * script of the site is a file under /_astro/ ('self') or has its hash listed.
 */
export function headerCsp(policy: HeaderPolicy): string {
  const quoted = (hashes: readonly string[]) => hashes.map((h) => `'${h}'`);
  return [
    ...policy.directives,
    ['script-src', ...policy.scriptResources, ...quoted(policy.scriptHashes)].join(' '),
    ['style-src', ...policy.styleResources, "'unsafe-inline'"].join(' '),
    ...policy.headerOnly,
  ].join('; ');
}

/** The whole `_headers` file for a site served under `base`. */
export function headersFile(policy: HeaderPolicy, base: string): string {
  const block = (path: string, headers: Readonly<Record<string, string>>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return (
    [
      block(withBase(base, '*'), { 'Content-Security-Policy': headerCsp(policy), ...policy.headers }),
      // File names under /_astro/ carry a hash of their content: a new version gets a new name.
      block(withBase(base, '_astro/*'), { 'Cache-Control': 'public, max-age=31536000, immutable' }),
    ].join('\n\n') + '\n'
  );
}
