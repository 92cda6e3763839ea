import { Parser } from 'htmlparser2';

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
 *
 * The document is cut from the page's own text: one streaming pass of htmlparser2 finds where each region, each
 * ignored part and each filter in it starts and ends, and the pieces are copied as they are. A build makes one
 * document per article, so no tree is built and nothing is serialised again (a third of the time a DOM took).
 */

/** Attributes whose elements Pagefind reads inside an ignored region: filters, metadata, sort keys. */
const READ_WHEN_IGNORED = ['data-pagefind-filter', 'data-pagefind-meta', 'data-pagefind-sort'] as const;

/**
 * What an open element is to the document: copied with whatever holds it (or left out, outside a region); an
 * outermost `data-pagefind-body` element, copied; an outermost `data-pagefind-ignore` element of a region, its tags
 * kept and its content left out; an outermost filter, metadata or sort element in an ignored part, copied whole.
 */
type Role = 'none' | 'region' | 'ignored' | 'read';

/** The page as Pagefind indexes it, or undefined for a page with no `data-pagefind-body` region. */
export function indexedDocument(html: string): string | undefined {
  const pieces: string[] = [];
  // Each open element's role and where its start tag starts.
  const roles: Role[] = [];
  const starts: number[] = [];
  let lang: string | undefined;
  let sawHtml = false;
  // Where the region's text is being copied from (outside ignored parts), and where a read element started.
  let copyFrom = -1;
  let readFrom = -1;
  let inRegion = false;
  let inIgnored = false;

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        let role: Role = 'none';
        if (name === 'html' && !sawHtml) {
          sawHtml = true;
          lang = attributes['lang'];
        }
        if (!inRegion) {
          if ('data-pagefind-body' in attributes) {
            role = 'region';
            inRegion = true;
            copyFrom = parser.startIndex;
          }
        } else if (!inIgnored) {
          if ('data-pagefind-ignore' in attributes) {
            role = 'ignored';
            inIgnored = true;
            // The region so far, up to and with the ignored element's start tag.
            pieces.push(html.slice(copyFrom, parser.endIndex + 1));
          }
        } else if (readFrom < 0 && READ_WHEN_IGNORED.some((attribute) => attribute in attributes)) {
          role = 'read';
          readFrom = parser.startIndex;
        }
        roles.push(role);
        starts.push(parser.startIndex);
      },
      onclosetag(name, isImplied) {
        const role = roles.pop() ?? 'none';
        const start = starts.pop() ?? -1;
        if (role === 'none') return;
        // Closed by its end tag: at that tag's '>'. Closed as soon as opened (a void or self-closed element): with
        // its start tag. Closed by implication (a parent's end tag, or a tag it cannot hold): where that tag starts.
        const atOnce = isImplied && parser.startIndex === start;
        const end = isImplied && !atOnce ? parser.startIndex : parser.endIndex + 1;
        // The end tag as written; one the page leaves out is added, as a parser would have closed the element.
        const endTag = !isImplied ? html.slice(parser.startIndex, end) : atOnce ? '' : `</${name}>`;
        if (role === 'read') {
          pieces.push(html.slice(readFrom, end));
          readFrom = -1;
        } else if (role === 'ignored') {
          pieces.push(endTag);
          inIgnored = false;
          copyFrom = end;
        } else {
          pieces.push(html.slice(copyFrom, end), isImplied ? endTag : '');
          inRegion = false;
        }
      },
    },
    // Only tags and their positions matter: text and attribute values are copied undecoded.
    { decodeEntities: false },
  );
  parser.end(html);
  if (pieces.length === 0) return undefined;
  const htmlTag = lang === undefined ? '<html>' : `<html lang="${lang}">`;
  return `<!doctype html>${htmlTag}<head></head><body>${pieces.join('')}</body></html>`;
}
