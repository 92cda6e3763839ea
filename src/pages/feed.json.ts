import type { APIRoute } from 'astro';
import { siteFeed } from '../lib/feeds/feed-data.ts';
import { toJsonFeed } from '../lib/feeds/formats.ts';
import { absoluteLink } from '../lib/urls/links.ts';
import { routes } from '../lib/urls/routes.ts';

/** The site-wide JSON Feed 1.1. */
export const GET: APIRoute = async () =>
  new Response(toJsonFeed(await siteFeed(), absoluteLink(routes.jsonFeed())), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
