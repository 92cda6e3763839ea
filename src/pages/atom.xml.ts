import type { APIRoute } from 'astro';
import { siteFeed } from '../lib/feeds/feed-data.ts';
import { toAtom } from '../lib/feeds/formats.ts';
import { absoluteLink } from '../lib/urls/links.ts';
import { routes } from '../lib/urls/routes.ts';

/** The site-wide Atom 1.0 feed. */
export const GET: APIRoute = async () =>
  new Response(toAtom(await siteFeed(), absoluteLink(routes.atom())), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
