/**
 * Listing pagination, shared by the home page, tag, author and archive pages: the pages of a list and the
 * page numbers a pagination bar shows. An empty list has no page, and no page is ever empty.
 */

/** One page of a listing. */
export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** How many pages the listing has. */
  total: number;
  items: readonly T[];
  /** 1-based position of the page's first item in the whole list. */
  first: number;
  /** Number of items in the whole list. */
  totalItems: number;
}

/** Splits `items` into pages of `pageSize`; no items → no pages (a listing with nothing to list is not built). */
export function paginate<T>(items: readonly T[], pageSize: number): Page<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new RangeError(`paginate: pageSize must be a positive whole number, got ${pageSize}`);
  }
  const total = Math.ceil(items.length / pageSize);
  return Array.from({ length: total }, (_, i) => ({
    number: i + 1,
    total,
    items: items.slice(i * pageSize, (i + 1) * pageSize),
    first: i * pageSize + 1,
    totalItems: items.length,
  }));
}

/** The page (1-based) on which the item at `index` (0-based) of a list appears. */
export function pageOfIndex(index: number, pageSize: number): number {
  return Math.floor(index / pageSize) + 1;
}

/** One entry of a pagination bar: a page number, or a gap standing for the numbers left out. */
export type PageLink = { kind: 'page'; number: number } | { kind: 'gap' };

/**
 * The numbers a pagination bar shows: the first and last page, and `around` pages either side of the current
 * one; a run of left-out numbers becomes one gap, but a gap never stands for a single number (that number is
 * shown instead, as it takes no more room).
 */
export function pageLinks(current: number, total: number, around = 1): PageLink[] {
  if (!Number.isInteger(current) || current < 1 || current > total) {
    throw new RangeError(`pageLinks: page ${current} is not between 1 and ${total}`);
  }
  const shown = new Set([1, total]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= total) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  let previous = 0;
  for (const n of numbers) {
    if (n - previous === 2) links.push({ kind: 'page', number: n - 1 });
    else if (n - previous > 2) links.push({ kind: 'gap' });
    links.push({ kind: 'page', number: n });
    previous = n;
  }
  return links;
}
