/**
 * How the site writes dates (counts are the dictionaries' plural forms, src/lib/i18n/dictionary.ts). Every date is formatted in UTC: content dates are calendar days, and a
 * build must give the same page whatever the time zone of the machine that runs it.
 */

/**
 * Formatters by locale and style, made once: making an Intl.DateTimeFormat costs far more than formatting
 * with it (0.8 s of CPU per 1,000 articles when pages made their own).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, style: 'day' | 'month' | 'month-year'): Intl.DateTimeFormat {
  const key = `${style} ${locale}`;
  let format = formatters.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      style === 'day'
        ? { dateStyle: 'long' }
        : style === 'month'
          ? { month: 'long' }
          : { month: 'long', year: 'numeric' };
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

/** "18 January 2024" (in the given locale's style). */
export function formatDate(date: Date, locale: string): string {
  return formatter(locale, 'day').format(date);
}

/** A month's name, "January", or with its year, "January 2024" (month 1 to 12, in the given locale's style). */
export function formatMonth(year: number, month: number, locale: string, withYear = false): string {
  return formatter(locale, withYear ? 'month-year' : 'month').format(new Date(Date.UTC(year, month - 1, 1)));
}

/** "2024-01-18": the calendar day, for `<time datetime>` and URLs. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** One piece of a list written out: an item (by its index in the list) or the words between items. */
export type ListPart = { item: number } | { text: string };

const listFormatters = new Map<string, Intl.ListFormat>();

/**
 * A list written out in the locale's words, "A, B and C" in en-GB, as parts: the items (by index), so that
 * each can be a link, and the words between them. From Intl.ListFormat, one formatter per locale.
 */
export function listParts(count: number, locale: string): ListPart[] {
  let format = listFormatters.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    listFormatters.set(locale, format);
  }
  // The items come out in order, so the n-th element part is item n.
  let next = 0;
  return format
    .formatToParts(Array.from({ length: count }, String))
    .map((part) => (part.type === 'element' ? { item: next++ } : { text: part.value }));
}

/** A list written out in the locale's words as plain text: "Hadia Safeer and Dispatch Desk". */
export function formatList(items: readonly string[], locale: string): string {
  return listParts(items.length, locale)
    .map((part) => ('item' in part ? (items[part.item] ?? '') : part.text))
    .join('');
}
