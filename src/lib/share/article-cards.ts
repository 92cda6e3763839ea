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
      .map((article) => ({
        params: { ...params, slug: article.urlSlug },
        path: routesIn(article.lang).shareImage(article.urlSlug),
        card: shareCardOf(article),
      })),
  );
}
