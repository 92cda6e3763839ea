import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import TurndownService from 'turndown';
import type { DraftArticle, Known } from './article-template.ts';
import { slugify } from './slugify.ts';

/**
 * Turns a saved web page of an article into a draft Dispatch article: the main text found by Mozilla's
 * Readability (the library behind Firefox's Reader View) and converted to Markdown by Turndown; headline,
 * byline, date and dek read from the page's metadata only. Whatever the page does not state (the date, the
 * tags, the kicker, an author without a file in content/authors/) is left as a TODO, never guessed.
 */

/** An author the content already has, to match the page's byline against. */
export interface KnownAuthor {
  slug: string;
  name: string;
}

export interface PageImport {
  article: DraftArticle;
  /** The slug made from the headline ("" when the page has no usable headline). */
  slug: string;
  /** What was left out of the page or left for the editor, for the command to report. */
  notes: string[];
}

/**
 * Page parts that are never the article: navigation, site header and footer, sidebars (related lists),
 * forms, scripts, and cookie or consent notices. Removed before Readability looks for the main text, so that
 * what is left out does not depend on its scoring.
 */
const CHROME = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'form',
  'button',
  'nav',
  'aside',
  'body > header',
  'body > footer',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[role="dialog"]',
  '[aria-modal="true"]',
];

/** Class or id words of chrome that is marked up as plain divs. */
const CHROME_NAMES =
  /(?:^|[\s_-])(?:cookies?|consent|gdpr|banner|newsletter|share|social|related|sidebar|comments?|author-?bio|bio|about-author|subscribe|advert|ads?)(?:$|[\s_-])/i;

/** The text of the first element matching one of the selectors (an attribute's value, or else its text). */
function metaContent(document: Document, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    const element = document.querySelector(selector);
    const value = (element?.getAttribute('content') ?? element?.getAttribute('datetime') ?? '').trim();
    if (value) return value;
  }
  return undefined;
}

/** The first schema.org Article-like object in the page's JSON-LD, if any. */
function jsonLdArticle(document: Document): Record<string, unknown> | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data: unknown = JSON.parse(script.textContent);
      const items: unknown[] = (Array.isArray(data) ? (data as unknown[]) : [data]).flatMap((item) => {
        const graph = (item as { '@graph'?: unknown } | null)?.['@graph'];
        return Array.isArray(graph) ? (graph as unknown[]) : [item];
      });
      const article = items.find((item) => {
        const type = (item as { '@type'?: unknown } | null)?.['@type'];
        const types: unknown[] = Array.isArray(type) ? (type as unknown[]) : [type];
        return types.some((t) => typeof t === 'string' && /Article|Posting|Report/.test(t));
      });
      if (article) return article as Record<string, unknown>;
    } catch {
      // A page's broken JSON-LD is ignored: the other metadata is still read.
    }
  }
  return undefined;
}

/** The name of a JSON-LD author (a string, a Person, or a list of them: the first). */
function authorName(author: unknown): string | undefined {
  const first: unknown = Array.isArray(author) ? author[0] : author;
  if (typeof first === 'string') return first;
  const name = (first as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? name : undefined;
}

/** "By Hadia Safeer" → "Hadia Safeer". */
const cleanByline = (byline: string) =>
  byline
    .replace(/^\s*by\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();

/** A calendar day (YYYY-MM-DD, UTC) from a date or date-time the page states, or undefined. */
function calendarDay(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

const comparable = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

function htmlToMarkdown(html: string): string {
  const turndown = new TurndownService({
    headingStyle: 'atx',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '_',
    hr: '---',
  });
  // Images on the original site cannot be loaded by Dispatch (the built site requests nothing from other hosts):
  // each becomes a TODO line saying where it was, for the editor to save it beside the article.
  const imageTodo = (image: Element | null, caption: string) => {
    const alt = image?.getAttribute('alt')?.trim() ?? '';
    const src = image?.getAttribute('src') ?? '';
    const described = [alt && `alt text "${alt}"`, caption && `caption "${caption}"`]
      .filter(Boolean)
      .join(', ');
    return `\n\nTODO: an image${described ? ` (${described})` : ''} was here, at ${src}; save it beside the article and add it with Markdown’s image syntax\n\n`;
  };
  turndown.addRule('figure-to-todo', {
    filter: (node) => node.nodeName === 'FIGURE' && node.querySelector('img') !== null,
    replacement: (_content, node) =>
      imageTodo(
        (node as Element).querySelector('img'),
        (node as Element).querySelector('figcaption')?.textContent.trim() ?? '',
      ),
  });
  turndown.addRule('image-to-todo', {
    filter: 'img',
    replacement: (_content, node) => imageTodo(node, ''),
  });
  return (
    turndown
      .turndown(html)
      // Turndown pads list markers to four columns ("-   item"); Dispatch's Markdown uses one space.
      .replace(/^(\s*)(-|\d+\.)\s+/gm, '$1$2 ')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/** Converts the HTML of a saved page. `source` names it in the article's notes (a path or a file: URL). */
export function importPage(
  html: string,
  options: { source: string; authors: readonly KnownAuthor[]; author?: string | undefined; now: Date },
): PageImport {
  const { document } = parseHTML(html);
  const notes: string[] = [];

  // Metadata first: Readability changes the document it reads.
  const ld = jsonLdArticle(document);
  const headline =
    (typeof ld?.['headline'] === 'string' ? ld['headline'] : undefined) ??
    metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
    document.querySelector('h1')?.textContent.trim();
  const description = metaContent(document, ['meta[name="description"]', 'meta[property="og:description"]']);
  const published = calendarDay(
    (typeof ld?.['datePublished'] === 'string' ? ld['datePublished'] : undefined) ??
      metaContent(document, [
        'meta[property="article:published_time"]',
        'meta[itemprop="datePublished"]',
        'time[itemprop="datePublished"]',
        'meta[name="date"]',
      ]),
  );
  const metaByline = authorName(ld?.['author']) ?? metaContent(document, ['meta[name="author"]']);

  let removed = 0;
  for (const element of document.querySelectorAll(CHROME.join(','))) {
    element.remove();
    removed++;
  }
  for (const element of document.querySelectorAll('[class], [id]')) {
    if (CHROME_NAMES.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`)) {
      element.remove();
      removed++;
    }
  }
  if (removed > 0)
    notes.push(`left out ${removed} page part(s) that are not the article (navigation, sidebars, notices)`);

  const parsed = new Readability(document, { keepClasses: false }).parse();
  if (!parsed?.content) throw new Error('no article text was found in the page');
  const byline = metaByline ?? (parsed.byline ? cleanByline(parsed.byline) : undefined);
  const title = headline ?? parsed.title ?? undefined;

  // The headline is in the front matter: a copy of it at the top of the text is dropped.
  let body = htmlToMarkdown(parsed.content);
  if (title)
    body = body.replace(new RegExp(`^#+ ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\n+`), '');
  // Readability leaves the byline line in the text when it is not marked up as one.
  if (byline)
    body = body.replace(
      new RegExp(`^(?:_)?By ${byline.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:_)?\\s*\\n+`, 'i'),
      '',
    );

  let authors: Known<readonly string[]>;
  if (options.author) authors = { value: [options.author] };
  else if (byline) {
    const match = options.authors.find((a) => comparable(a.name) === comparable(byline));
    authors = match
      ? { value: [match.slug] }
      : {
          todo: `the byline is "${byline}", who has no file in content/authors/: add content/authors/${slugify(byline) || 'name'}.yaml or pass --author`,
        };
  } else authors = { todo: 'the page names no author: give the slug of a file in content/authors/' };

  const article: DraftArticle = {
    title: title ? { value: title } : { todo: 'the page has no headline' },
    description: description
      ? { value: description }
      : { todo: 'the page has no description: write the dek' },
    kicker: { todo: 'the page does not say: choose one from src/config/site.ts' },
    pubDate: published ? { value: published } : { todo: 'the page states no publication date' },
    authors,
    tags: { todo: 'choose 1 to 8 from content/tags/' },
    body,
    notes: [
      `Imported from ${options.source} on ${options.now.toISOString().slice(0, 10)} by "npm run import".`,
      'Check the text against the original and fill in every TODO; "npm run content:check" lists them.',
    ],
  };
  return { article, slug: title ? slugify(title) : '', notes };
}
