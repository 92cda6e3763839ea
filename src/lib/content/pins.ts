/**
 * Pinned stories: an editor pins an article to the top of the home page until the end of a day (`pinUntil`, UTC),
 * so that a pin can never go stale: the first build after that day lists the article in its place again. At most
 * `MAX_PINS` articles are pinned at any moment. Pure: the site index and the content rules use it with the
 * build's "now".
 */

/** How many articles may be pinned at once. */
export const MAX_PINS = 3;

const DAY = 86_400_000;

/** What pinning needs of an article. */
export interface Pinnable {
  pubDate: Date;
  pinUntil?: Date | undefined;
  draft: boolean;
}

/** The moment a pin ends: the end of its last day (UTC). */
export function pinEnd(pinUntil: Date): Date {
  return new Date(pinUntil.getTime() + DAY);
}

/** Whether an article is pinned at `now`: published by then, not a draft, and its pin's last day not over. */
export function isPinned(article: Pinnable, now: Date): boolean {
  return (
    article.pinUntil !== undefined &&
    !article.draft &&
    article.pubDate.getTime() <= now.getTime() &&
    now.getTime() < pinEnd(article.pinUntil).getTime()
  );
}

/** Whether an article's pin is over at `now` (a pin left in the front matter, doing nothing). */
export function pinIsOver(article: Pinnable, now: Date): boolean {
  return article.pinUntil !== undefined && pinEnd(article.pinUntil).getTime() <= now.getTime();
}

/**
 * The moment from `now` on when the most articles are pinned at once, and those articles: each pin holds from
 * its article's publication (or now) to the end of its last day, so a scheduled article counts from when it
 * comes out. A scheduled build can then never find more than MAX_PINS in force if this check passed.
 */
export function busiestPins<T extends Pinnable>(
  articles: readonly T[],
  now: Date,
): { at: Date; pinned: T[] } {
  const spans = articles.flatMap((article) => {
    if (article.pinUntil === undefined || article.draft) return [];
    const start = Math.max(article.pubDate.getTime(), now.getTime());
    const end = pinEnd(article.pinUntil).getTime();
    return start < end ? [{ article, start, end }] : [];
  });
  let busiest: { at: Date; pinned: T[] } = { at: now, pinned: [] };
  // The number of pins only rises when a pin starts: checking each start finds the busiest moment.
  for (const { start } of spans) {
    const pinned = spans.filter((s) => s.start <= start && start < s.end).map((s) => s.article);
    if (pinned.length > busiest.pinned.length) busiest = { at: new Date(start), pinned };
  }
  return busiest;
}
