import type { ArticleSummary } from '../content/site-index.ts';
import type { Site } from '../content/query.ts';
import { routesIn } from '../urls/routes.ts';
import { shareCardOf, type ShareCard } from './card.ts';

/** An article's share card: its route params, its path in the site and what it shows. */
export interface ArticleCard {
  params: { lang: string | undefined; slug: string };
  /** Site-relative, with the edition's prefix: `ur/articles/<slug>/share.png`. */
  path: string;
  card: ShareCard;
}

/** The share card of every article of every edition, except those with a social image of their own. */
export function articleCards(site: Site): ArticleCard[] {
  return site.editions.flatMap(({ params, articles }) =>
    articles
      .filter((article) => article.socialImage === undefined)
      .map((article) => ({ params: { ...params, slug: article.urlSlug }, ...cardOf(article) })),
  );
}

/**
 * The share cards of some articles, by their path in the site, leaving out those with a social image of their own
 * (`ownImages`, by slug): what a build draws as soon as an edition's articles are known.
 */
export function cardsToDraw(
  articles: readonly ArticleSummary[],
  ownImages: ReadonlyMap<string, string>,
): { path: string; card: ShareCard }[] {
  return articles.filter((article) => !ownImages.has(article.slug)).map(cardOf);
}

function cardOf(article: ArticleSummary): { path: string; card: ShareCard } {
  return { path: routesIn(article.lang).shareImage(article.urlSlug), card: shareCardOf(article) };
}
