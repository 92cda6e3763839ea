import type { APIRoute } from 'astro';
import { siteFeed } from '../lib/feeds/feed-data.ts';
import { toRss } from '../lib/feeds/formats.ts';
import { absoluteLink } from '../lib/urls/links.ts';
import { routes } from '../lib/urls/routes.ts';

/** The site-wide RSS 2.0 feed. */
export const GET: APIRoute = async () =>
  new Response(await toRss(await siteFeed(), absoluteLink(routes.rss())), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
