import type { APIRoute } from 'astro';
import { indexable } from '../config/env.ts';
import { absoluteLink } from '../lib/urls/links.ts';
import { routes } from '../lib/urls/routes.ts';
import { robotsTxt } from '../lib/seo/robots.ts';

/** robots.txt: the sitemaps in production, everything disallowed on previews (DISPATCH_ENV). */
export const GET: APIRoute = () =>
  new Response(
    robotsTxt({
      indexable,
      sitemaps: [absoluteLink(routes.sitemapIndex()), absoluteLink(routes.newsSitemap())],
    }),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
