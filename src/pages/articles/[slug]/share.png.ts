import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../config/site.ts';
import { keyedPaths } from '../../../lib/content/query.ts';
import { shareCardOf, type ShareCard } from '../../../lib/share/card.ts';
import { shareImagePng } from '../../../lib/share/card-cache.ts';

/**
 * Each article's share image (og:image), drawn at build time from what the card shows (src/lib/share/card.ts),
 * unless the article has a social image of its own.
 */
export const getStaticPaths = (() =>
  keyedPaths(({ articles }) =>
    articles
      .filter((article) => article.socialImage === undefined)
      .map((article) => ({
        params: { slug: article.slug },
        props: { card: shareCardOf(article, site.name, site.locale) },
      })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props: { card } }) => {
  const png = await shareImagePng(card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
