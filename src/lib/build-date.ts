/**
 * The build's "now": it decides which scheduled articles are published and the footer's year.
 * DISPATCH_BUILD_DATE (an ISO date or date-time) fixes it, for tests and byte-identical rebuilds.
 */
export function parseBuildDate(value: string | undefined, fallback: Date): Date {
  if (!value) return fallback;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new Error(`DISPATCH_BUILD_DATE: expected an ISO date such as 2024-01-18, got "${value}"`);
  }
  return date;
}

/** This build's "now", read once. */
export const buildDate: Date = parseBuildDate(process.env['DISPATCH_BUILD_DATE'], new Date());
