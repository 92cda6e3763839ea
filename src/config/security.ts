import type { AstroUserConfig } from 'astro';

/**
 * The Content-Security-Policy and the other security headers, in ONE place. astro.config.mjs hands the
 * policy to Astro (`security.csp`), which prints it in a <meta http-equiv="content-security-policy"> on
 * every page, adding the SHA-256 hash of every <script> and <style> Astro emits (src/middleware.ts then keeps on
 * each page only those of its own inline elements, and `scriptHashes`); the same settings also write
 * `_headers` for hosts that read it (src/integrations/headers-file.ts).
 *
 * How a script gets allowed:
 * - A `<script>` in a component (no attributes): Astro bundles it into a file under /_astro/, which
 *   `'self'` allows. This is the way: nothing to change here.
 * - A `<script is:inline>` is NOT hashed by Astro: the browser blocks it. If one is unavoidable, add
 *   `'sha256-…'` of its exact text to `scriptHashes` below (`printf %s "$js" | openssl dgst -sha256 -binary | base64`).
 * - A script from another host: add its origin to `scriptResources` (and say why in a comment).
 * - A consent-gated inline script (README, "Cookie consent") is inline code too: list its hash.
 * - An embed from another site (src/components/Embed.astro): add `frame-src 'self' https://provider.example`
 *   to `cspDirectives`; without it, default-src 'self' blocks the iframe.
 * - `<script type="application/ld+json">` is data, not script: browsers do not run it, so CSP ignores it.
 * 'unsafe-inline' and 'unsafe-eval' for scripts are never allowed ('wasm-unsafe-eval', for search, is not
 * 'unsafe-eval': it allows compiling WebAssembly, never strings as JavaScript).
 */

/** A directive as Astro's `security.csp.directives` accepts it. */
type CspDirective = NonNullable<
  Extract<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, object>['directives']
>[number];

/** Directives besides script-src and style-src, which Astro builds from the lists below. */
export const cspDirectives: readonly CspDirective[] = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
];

/**
 * Where scripts may come from; Astro adds the hashes of its own scripts to the page's policy.
 * 'wasm-unsafe-eval' lets the search page's Pagefind compile its WebAssembly (it allows WebAssembly only, not
 * JavaScript eval); without it the header policy blocks search in Pagefind's worker. The <meta> policy of every
 * other page drops it (src/middleware.ts).
 */
export const scriptResources: readonly string[] = ["'self'", "'wasm-unsafe-eval'"];

/** Hashes of inline scripts Astro does not hash itself (is:inline); none today. */
export const scriptHashes: readonly `sha256-${string}`[] = [];

/** Where styles may come from; Astro adds the hashes of the page's inlined <style> elements. */
export const styleResources: readonly string[] = ["'self'"];

/**
 * Directives a <meta> policy cannot carry (browsers ignore them there, with a console error),
 * so they go in the HTTP header only.
 */
export const headerOnlyDirectives: readonly string[] = ["frame-ancestors 'none'"];

/** The other security headers, sent by hosts that read `_headers` (Netlify, Cloudflare Pages). */
export const securityHeaders: Readonly<Record<string, string>> = {
  // Two years, subdomains too; add "; preload" only after submitting the domain to hstspreload.org.
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), browsing-topics=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
};
