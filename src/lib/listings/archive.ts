/**
 * The archive: published articles by year and by month (UTC, as every date on the site), newest first.
 * Derived once per build in the site index.
 */

export interface MonthArchive {
  year: number;
  /** 1 to 12. */
  month: number;
  count: number;
  /** 0-based position of the month's first article in its year's list, to find the page it starts on. */
  offset: number;
}

export interface YearArchive<T> {
  year: number;
  count: number;
  /** Months that have articles, newest first. */
  months: readonly MonthArchive[];
  /** The year's articles, newest first. */
  articles: readonly T[];
}

/** Groups articles (given newest first) by year and month. */
export function archiveByYear<T extends { pubDate: Date }>(articles: readonly T[]): YearArchive<T>[] {
  const years: { year: number; months: MonthArchive[]; articles: T[] }[] = [];
  for (const article of articles) {
    const year = article.pubDate.getUTCFullYear();
    const month = article.pubDate.getUTCMonth() + 1;
    let current = years.at(-1);
    if (current?.year !== year) {
      if (current && current.year < year) throw new Error('archiveByYear: articles must be newest first');
      current = { year, months: [], articles: [] };
      years.push(current);
    }
    const last = current.months.at(-1);
    if (last?.month === month) last.count++;
    else current.months.push({ year, month, count: 1, offset: current.articles.length });
    current.articles.push(article);
  }
  return years.map((y) => ({ ...y, count: y.articles.length }));
}

/** Consecutive articles of the same month, e.g. on one page of a year's archive. */
export interface MonthGroup<T> {
  year: number;
  month: number;
  articles: readonly T[];
}

/** Splits a newest-first list into runs of the same month. */
export function groupByMonth<T extends { pubDate: Date }>(articles: readonly T[]): MonthGroup<T>[] {
  const groups: { year: number; month: number; articles: T[] }[] = [];
  for (const article of articles) {
    const year = article.pubDate.getUTCFullYear();
    const month = article.pubDate.getUTCMonth() + 1;
    const last = groups.at(-1);
    if (last?.year === year && last.month === month) last.articles.push(article);
    else groups.push({ year, month, articles: [article] });
  }
  return groups;
}

/** The id of a month's heading on a year page, e.g. "month-2024-01". */
export function monthAnchor(year: number, month: number): string {
  return `month-${year}-${String(month).padStart(2, '0')}`;
}
