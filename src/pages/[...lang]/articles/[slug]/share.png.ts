import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteIndex, type SiteArticle } from '../../../../lib/content/query.ts';
import { shareCardOf } from '../../../../lib/share/card.ts';
import { shareImagePng } from '../../../../lib/share/card-cache.ts';

/** Each article's share image (og:image) in its language, drawn at build time: src/lib/share/card.ts. */
export const getStaticPaths = (async () => {
  const { editions } = await getSiteIndex();
  return editions.flatMap(({ params, articles }) =>
    articles.map((article) => ({ params: { ...params, slug: article.urlSlug }, props: { article } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: SiteArticle }> = async ({ props: { article } }) => {
  const png = await shareImagePng(shareCardOf(article));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
