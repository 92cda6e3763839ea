import type { APIRoute, GetStaticPaths } from 'astro';
import { keyedPaths } from '../../../../lib/content/query.ts';
import { shareCardOf, type ShareCard } from '../../../../lib/share/card.ts';
import { drawAhead, shareImagePng } from '../../../../lib/share/card-cache.ts';
import { cardsComeLast } from '../../../../lib/share/draw-ahead.ts';

/**
 * Each article's share image (og:image) in its language, drawn at build time from what the card shows
 * (src/lib/share/card.ts), unless the article has a social image of its own. In a build this route is generated
 * after every other page, and its cards are set drawing as soon as its paths are listed
 * (src/integrations/share-cards-last.ts).
 */
export const getStaticPaths = (async () => {
  const paths = await keyedPaths(({ editions }) =>
    editions.flatMap(({ params, articles }) =>
      articles
        .filter((article) => article.socialImage === undefined)
        .map((article) => ({
          params: { ...params, slug: article.urlSlug },
          props: { card: shareCardOf(article) },
        })),
    ),
  );
  if (cardsComeLast()) drawAhead(paths.map(({ props }) => props.card));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props: { card } }) => {
  const png = await shareImagePng(card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
