import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../config/site.ts';
import { getSiteIndex, type SiteArticle } from '../../../lib/content/query.ts';
import { shareCardOf } from '../../../lib/share/card.ts';
import { shareImagePng } from '../../../lib/share/card-cache.ts';

/** Each article's share image (og:image), drawn at build time (src/lib/share/card.ts), unless it has a social image of its own. */
export const getStaticPaths = (async () => {
  const { articles } = await getSiteIndex();
  return articles
    .filter((article) => article.socialImage === undefined)
    .map((article) => ({ params: { slug: article.slug }, props: { article } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: SiteArticle }> = async ({ props: { article } }) => {
  const png = await shareImagePng(shareCardOf(article, site.name, site.locale));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
