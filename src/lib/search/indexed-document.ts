import { parse, type HTMLElement } from 'node-html-parser';

/**
 * What Pagefind reads of a built page, as a document of its own: the page's language and its
 * `data-pagefind-body` regions, without the text of the parts marked `data-pagefind-ignore` (a byline, the
 * related articles, the author's bio) but with the filters, metadata and sort keys found in them, which Pagefind
 * reads even there (whatever the value of the ignore). Everything else of the page (head, header, footer) plays
 * no part in its search index.
 *
 * Pagefind indexes this document exactly as it indexes the page, byte for byte (tests/unit/search/
 * indexed-document.test.ts compares the two indexes), and it changes only when the page's search entry would:
 * not when a related article's title or the site's header changes. Its digest is what tells the search index
 * whether a page must be indexed again (src/integrations/pagefind.ts).
 */

/** Attributes whose elements Pagefind reads inside an ignored region: filters, metadata, sort keys. */
const READ_WHEN_IGNORED = ['data-pagefind-filter', 'data-pagefind-meta', 'data-pagefind-sort'];
const readWhenIgnored = READ_WHEN_IGNORED.map((name) => `[${name}]`).join(',');

/** The page as Pagefind indexes it, or undefined for a page with no `data-pagefind-body` region. */
export function indexedDocument(html: string): string | undefined {
  const root = parse(html, { comment: false });
  const regions = root.querySelectorAll('[data-pagefind-body]').filter(outermost('data-pagefind-body'));
  if (regions.length === 0) return undefined;
  for (const region of regions) {
    for (const ignored of region
      .querySelectorAll('[data-pagefind-ignore]')
      .filter(outermost('data-pagefind-ignore'))) {
      strip(ignored);
    }
  }
  const lang = root.querySelector('html')?.getAttribute('lang');
  const html_ = lang === undefined ? '<html>' : `<html lang="${lang}">`;
  return `<!doctype html>${html_}<head></head><body>${regions.map((r) => r.outerHTML).join('')}</body></html>`;
}

/** Keeps of an ignored element only what Pagefind still reads there. */
function strip(ignored: HTMLElement): void {
  const kept = ignored
    .querySelectorAll(readWhenIgnored)
    .filter(outermost(...READ_WHEN_IGNORED, { within: ignored }));
  ignored.set_content(kept.map((element) => element.outerHTML).join(''));
}

/** A filter keeping the elements that have no ancestor with one of `attributes` (below `within`, if given). */
function outermost(...args: (string | { within: HTMLElement })[]): (element: HTMLElement) => boolean {
  const attributes = args.filter((a): a is string => typeof a === 'string');
  const within = args.find((a): a is { within: HTMLElement } => typeof a !== 'string')?.within;
  return (element) => {
    for (let node = element.parentNode; node !== null && node !== within; node = node.parentNode) {
      if (attributes.some((name) => node.hasAttribute(name))) return false;
    }
    return true;
  };
}
