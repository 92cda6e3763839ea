import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** What a built page says about itself in its <head>, for the metadata tests. */
export interface PageHead {
  lang: string | undefined;
  /** The reading direction of <html dir>. */
  dir: string | undefined;
  title: string | undefined;
  /** <meta name> and <meta property> values by name, in order. */
  meta: Map<string, string[]>;
  links: {
    rel: string;
    href: string;
    type: string | undefined;
    title: string | undefined;
    hreflang: string | undefined;
  }[];
  /** The text of every <script type="application/ld+json">. */
  jsonLd: string[];
  /** Every executable <script>: its src, or "inline". */
  scripts: string[];
}

const text = (value: unknown): string | undefined =>
  Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : undefined;

/** Parses a page's HTML. */
export function readHead(html: string): PageHead {
  const head: PageHead = {
    lang: undefined,
    dir: undefined,
    title: undefined,
    meta: new Map(),
    links: [],
    jsonLd: [],
    scripts: [],
  };
  visit(fromHtml(html), 'element', (node: Element) => {
    const p = node.properties;
    if (node.tagName === 'html') {
      head.lang = text(p['lang']);
      head.dir = text(p['dir']);
    }
    if (node.tagName === 'title') head.title = toString(node);
    if (node.tagName === 'meta') {
      const key = text(p['name']) ?? text(p['property']);
      if (key !== undefined) head.meta.set(key, [...(head.meta.get(key) ?? []), text(p['content']) ?? '']);
    }
    if (node.tagName === 'link') {
      head.links.push({
        rel: text(p['rel']) ?? '',
        href: text(p['href']) ?? '',
        type: text(p['type']),
        title: text(p['title']),
        hreflang: text(p['hrefLang']),
      });
    }
    if (node.tagName === 'script') {
      if (p['type'] === 'application/ld+json') head.jsonLd.push(toString(node));
      else head.scripts.push(text(p['src']) ?? 'inline');
    }
  });
  return head;
}
