import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteIndex } from '../content/query.ts';
import { articleCards } from './article-cards.ts';
import type { ShareCard } from './card.ts';
import { shareImagePng } from './card-cache.ts';

/**
 * Each article's share image (og:image) under `astro dev`, at `/<lang>/articles/<slug>/share.png`, drawn when it
 * is asked for. Only the development server has this route (src/integrations/share-cards.ts injects it there): a
 * build draws the cards on worker threads while it renders the pages and puts their files in the output folder
 * itself, without a page of Astro's for each.
 */
export const getStaticPaths = (async () =>
  articleCards(await getSiteIndex()).map(({ params, card }) => ({
    params,
    props: { card },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props: { card } }) => {
  const png = await shareImagePng(card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
