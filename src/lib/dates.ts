/**
 * Date display. Every date is formatted in UTC: content dates are calendar days, and a build
 * must give the same page whatever the time zone of the machine that runs it.
 */

/** "18 January 2024" (in the given locale's style). */
export function formatDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** "2024-01-18": the calendar day, for `<time datetime>` and URLs. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
