import { existsSync, renameSync, rmdirSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../config/languages.ts';
import { localized } from '../lib/urls/routes.ts';

/**
 * Puts each edition's "page not found" where static hosts look for it: `404.html` at the root, and
 * `ur/404.html` for the Urdu edition, which hosts that serve a folder's own error page (Cloudflare Pages, or
 * Netlify with a rule) show for a missing address under /ur/. Astro writes a page of the `[...lang]` routes
 * as `<path>/index.html`; only the status page at the root's own `404.astro` would get `404.html`, and the
 * editions share one route.
 */
export function errorPagesIntegration(): AstroIntegration {
  return {
    name: 'dispatch:error-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const lang of LANGUAGES) {
          const folder = new URL(localized(lang, '404/'), dir);
          const page = new URL('index.html', folder);
          if (!existsSync(page)) {
            if (lang === DEFAULT_LANGUAGE) throw new Error('error-pages: the build wrote no 404 page');
            continue;
          }
          renameSync(page, new URL(localized(lang, '404.html'), dir));
          rmdirSync(folder);
        }
      },
    },
  };
}
