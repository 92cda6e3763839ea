import type { APIRoute } from 'astro';
import { newsSitemap } from '../lib/feeds/feed-data.ts';

/** The Google News sitemap of the articles of the last two days before the build (DISPATCH_BUILD_DATE). */
export const GET: APIRoute = async () =>
  new Response(await newsSitemap(), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
