import { createHash } from 'node:crypto';

/**
 * Astro prints one Content-Security-Policy <meta> on every page with the hashes of every inline <style> and
 * every script chunk of the WHOLE site (on the article page: 11 style hashes and 5 script hashes for one
 * <style>, about 0.6 KB of base64 that gzip cannot shrink). A page needs only the hashes of its own inline
 * elements, plus the ones the site lists for code it adds later (gated inline scripts,
 * src/config/security.ts). Pure: HTML in, HTML out; src/middleware.ts applies it to every page as it is
 * built.
 */

/** The directives whose hash sources are trimmed to the page. */
const TRIMMED = new Set(['script-src', 'script-src-elem', 'style-src', 'style-src-elem']);

const HASH_SOURCE = /^'(sha256|sha384|sha512)-([A-Za-z0-9+/]+={0,2})'$/;

/** The text of every inline <script> (no src) and <style> element of the page, by element name. */
function inlineElements(html: string): { script: string[]; style: string[] } {
  const script: string[] = [];
  const style: string[] = [];
  for (const match of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi)) {
    const [, name = '', attributes = '', text = ''] = match;
    if (name.toLowerCase() === 'style') style.push(text);
    else if (!/\ssrc\s*=/i.test(attributes)) script.push(text);
  }
  return { script, style };
}

/** The base64 digest of `text` by `algorithm` ("sha256"), as a CSP hash source carries it. */
const digest = (algorithm: string, text: string) =>
  createHash(algorithm).update(text, 'utf8').digest('base64');

/**
 * Stylesheets recur: the pages of a route share one, and its pruned versions (src/lib/css/page-css.ts) are few, so
 * each is hashed once per algorithm rather than two or three times a page (a 10 KB sheet, 6,900 pages at 5,000
 * articles). Bounded: emptied when it grows past what a site's page kinds need.
 */
const styleDigests = new Map<string, Map<string, string>>();
function styleDigest(algorithm: string, css: string): string {
  let byText = styleDigests.get(algorithm);
  if (!byText) {
    byText = new Map<string, string>();
    styleDigests.set(algorithm, byText);
  }
  let known = byText.get(css);
  if (known === undefined) {
    if (byText.size >= 1000) byText.clear();
    known = digest(algorithm, css);
    byText.set(css, known);
  }
  return known;
}

/** The hash sources ('sha256-…') of `texts` by each of `algorithms`, each text hashed once per algorithm. */
const hashSources = (
  texts: readonly string[],
  algorithms: readonly string[],
  hash: (algorithm: string, text: string) => string,
) =>
  new Set(texts.flatMap((text) => algorithms.map((algorithm) => `'${algorithm}-${hash(algorithm, text)}'`)));

/**
 * Removes from the page's CSP <meta> every script and style hash that matches no inline element of the page
 * and is not in `keep` (e.g. 'sha256-…' of a gated inline script the site lists). It only ever removes a
 * hash, never adds one, so a page can lose nothing it was allowed to run; other directives are left as they
 * are.
 */
export function trimCspHashes(html: string, keep: readonly string[] = []): string {
  const meta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i.exec(html);
  if (!meta) return html;
  const [whole, open = '', policy = '', close = ''] = meta;
  const inline = inlineElements(html);
  const algorithms = [
    ...new Set(Array.from(policy.matchAll(/'(sha256|sha384|sha512)-/g), (m) => m[1] ?? '')),
  ];
  const own = {
    script: hashSources(inline.script, algorithms, digest),
    style: hashSources(inline.style, algorithms, styleDigest),
  };
  const kept = new Set(keep.map((hash) => `'${hash}'`));
  const trimmed = policy
    .split(';')
    .map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      if (!TRIMMED.has(name)) return directive;
      const allowed = name.startsWith('script') ? own.script : own.style;
      const needed = sources.filter(
        (source) => !HASH_SOURCE.test(source) || kept.has(source) || allowed.has(source),
      );
      return `${/^\s*/.exec(directive)?.[0] ?? ''}${[name, ...needed].join(' ')}`;
    })
    .join(';');
  return html.replace(whole, () => `${open}${trimmed}${close}`);
}

/**
 * Puts `after` in place of the inline stylesheet `before`, and in the CSP <meta> the hash of `after` in place
 * of the hash of `before` where that was listed (a style the policy did not allow stays not allowed).
 */
export function replaceInlineStyle(html: string, before: string, after: string): string {
  if (before === after) return html;
  const swapped = html.replace(`>${before}</style>`, () => `>${after}</style>`);
  // Each stylesheet hashed once per algorithm, not once per hash source of the policy (a page lists about 16).
  const hashes = new Map<string, { from: string; to: string }>();
  const hashesBy = (algorithm: string) => {
    let known = hashes.get(algorithm);
    if (!known) {
      known = {
        from: `'${algorithm}-${styleDigest(algorithm, before)}'`,
        to: `'${algorithm}-${styleDigest(algorithm, after)}'`,
      };
      hashes.set(algorithm, known);
    }
    return known;
  };
  return swapped.replace(
    /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i,
    (meta: string) =>
      meta.replaceAll(
        /'(sha256|sha384|sha512)-([A-Za-z0-9+/]+={0,2})'/g,
        (source: string, algorithm: string) => {
          const { from, to } = hashesBy(algorithm);
          return source === from ? to : source;
        },
      ),
  );
}

/**
 * Removes 'wasm-unsafe-eval' from the page's CSP <meta> unless the page has the search form, whose Pagefind
 * is the only WebAssembly the site runs: every other page is allowed no WebAssembly at all.
 */
export function withoutUnusedWasm(html: string): string {
  if (html.includes('id="search-form"')) return html;
  return html.replace(
    /(<meta http-equiv="content-security-policy" content="[^"]*?) 'wasm-unsafe-eval'/i,
    '$1',
  );
}
