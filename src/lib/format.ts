/**
 * Date display. Every date is formatted in UTC: content dates are calendar days, and a build
 * must give the same page whatever the time zone of the machine that runs it.
 */

/** One formatter per locale: making an Intl.DateTimeFormat costs far more than formatting with it. */
const longDates = new Map<string, Intl.DateTimeFormat>();

/** "18 January 2024" (in the given locale's style). */
export function formatDate(date: Date, locale: string): string {
  let format = longDates.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    longDates.set(locale, format);
  }
  return format.format(date);
}

/** "2024-01-18": the calendar day, for `<time datetime>` and URLs. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
