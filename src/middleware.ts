import { defineMiddleware } from 'astro:middleware';
import { scriptHashes } from './config/security.ts';
import { replaceInlineStyle, trimCspHashes, withoutUnusedWasm } from './lib/security/csp-page-hashes.ts';
import { pageContent, withoutUnusedRules } from './lib/css/page-css.ts';

/**
 * Runs on every page as the build renders it, so that a page carries only what it uses:
 * - its inline stylesheet loses the rules that cannot match anything on it: those of components the route
 *   imports but this page does not render, and those of Markdown content it does not have
 *   (src/lib/page-css.ts);
 * - its Content-Security-Policy <meta> keeps only the hashes of its own inline elements and the ones
 *   src/config/security.ts lists, and 'wasm-unsafe-eval' only on the search page (src/lib/csp-page-hashes.ts).
 * Feeds, images and other endpoints pass through untouched.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  let html = await response.text();
  const content = pageContent(html);
  for (const [, css = ''] of html.matchAll(/<style>([\s\S]*?)<\/style>/g))
    html = replaceInlineStyle(html, css, withoutUnusedRules(css, content));
  return new Response(withoutUnusedWasm(trimCspHashes(html, scriptHashes)), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
