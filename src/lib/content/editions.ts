import { LANGUAGES, type Lang } from '../../config/languages.ts';
import { digestOf } from './page-key.ts';

/**
 * Which articles each edition publishes, and the key of an edition's related lists: what the site index
 * (./site-index.ts) and the articles' loader, which scores the related lists ahead of it
 * (./loaders/related-ahead.ts), must agree on. Kept apart from the site index so that the loader, and with it the
 * code whose change reloads every entry (./loaders/code-version.ts), does not import the whole derivation.
 */

/** Whether an article is visible in this build: a draft only where drafts are shown, nothing dated after `now`. */
export function isPublished(
  data: { draft: boolean; pubDate: Date },
  options: { includeDrafts: boolean; now: Date },
): boolean {
  return (options.includeDrafts || !data.draft) && data.pubDate.getTime() <= options.now.getTime();
}

/** Articles by language, in the order of the site's languages, each language's in their given order. */
export function byLanguage<A extends { data: { lang: Lang } }>(articles: readonly A[]): Map<Lang, A[]> {
  const editions = new Map<Lang, A[]>();
  for (const lang of LANGUAGES) {
    const inLanguage = articles.filter((a) => a.data.lang === lang);
    if (inLanguage.length > 0) editions.set(lang, inLanguage);
  }
  return editions;
}

/** What scoring an edition's related articles reads of each published article. */
export interface RelatedSource {
  slug: string;
  data: {
    title: string;
    description: string;
    tags: readonly string[];
    pubDate: Date;
    draft: boolean;
    related: readonly string[];
  };
  /** Astro's digest of the article's file: names its terms in the terms memo. */
  digest?: string | undefined;
  /** The Markdown body: read only for an article whose terms are not remembered. */
  readonly body: string;
}

/** Each article's related list (curated first, then computed), as [slug, related slugs]. */
export type RelatedLists = readonly (readonly [string, readonly string[]])[];

/**
 * The key an edition's related articles are remembered under: every published article's slug and digest, so that
 * any edit scores them again (the order they come in does not change the scores: the scoring sorts them by slug);
 * undefined when an article has no digest (nothing is then remembered).
 */
export function relatedKey(
  lang: Lang,
  published: readonly { slug: string; digest?: string | undefined }[],
): string | undefined {
  if (!published.every((a) => a.digest !== undefined)) return undefined;
  // In slug order: the loader and the content module may list the articles in other orders.
  const pairs = published.map((a) => `${a.slug}\0${a.digest ?? ''}`).sort();
  return `related:${lang}:${digestOf(pairs)}`;
}
