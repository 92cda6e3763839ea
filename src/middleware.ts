import { defineMiddleware } from 'astro:middleware';
import { scriptHashes } from './config/security.ts';
import { trimCspHashes } from './lib/csp-page-hashes.ts';

/**
 * Runs on every page as the build renders it: the page's Content-Security-Policy <meta> keeps only the hashes
 * of the page's own inline elements and the ones src/config/security.ts lists (src/lib/csp-page-hashes.ts).
 * Feeds, images and other endpoints pass through untouched.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = trimCspHashes(await response.text(), scriptHashes);
  return new Response(html, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
