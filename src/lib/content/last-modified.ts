/**
 * When an article last changed: the latest of its publication date, its update date and the dates of its
 * corrections. This is the `dateModified` of its structured data and the "last modified" of feeds and sitemaps.
 */

export interface DatedArticle {
  pubDate: Date;
  updatedDate?: Date | undefined;
  corrections?: readonly { date: Date }[] | undefined;
}

/** The latest of pubDate, updatedDate and every correction's date (pubDate when the article never changed). */
export function lastModified(article: DatedArticle): Date {
  const dates = [article.pubDate, article.updatedDate, ...(article.corrections ?? []).map((c) => c.date)];
  let latest = article.pubDate;
  for (const date of dates) if (date && date.getTime() > latest.getTime()) latest = date;
  return latest;
}
