import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Turns an article's rendered HTML into HTML a feed reader can show on its own, away from the site:
 * every relative link and image address becomes absolute (a reader resolves them against its own origin,
 * or not at all), and the heading anchor links, which the site shows on hover with CSS a reader does not
 * have, are dropped. Pure: it works on a string, with unified's HTML tree (hast).
 */

/** Attributes that hold one URL, as hast names them. */
const URL_PROPERTIES = ['href', 'src', 'poster', 'cite', 'action'] as const;

/** Whether a value is a URL that needs resolving: relative paths, root-relative paths and bare fragments. */
function isRelative(url: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//');
}

/** `url` resolved against the page it appears on. */
function resolve(url: string, pageUrl: string): string {
  return isRelative(url) ? new URL(url, pageUrl).href : url;
}

/** A `srcset` candidate ("img.png 2x") with its URL resolved. */
function resolveCandidate(candidate: string, pageUrl: string): string {
  const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
  return [resolve(url, pageUrl), ...descriptor].join(' ');
}

function hasClass(node: Element, name: string): boolean {
  const className = node.properties['className'];
  return Array.isArray(className) && className.includes(name);
}

/** The article HTML with absolute URLs and without the site-only heading anchors. */
export function feedHtml(html: string, pageUrl: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node, index, parent) => {
    if (parent && index !== undefined && hasClass(node, 'heading-anchor')) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    // The wrapper the anchors needed: keep the heading, drop the <div class="heading">.
    if (parent && index !== undefined && node.tagName === 'div' && hasClass(node, 'heading')) {
      parent.children.splice(index, 1, ...(node.children as (ElementContent & RootContent)[]));
      return index;
    }
    for (const name of URL_PROPERTIES) {
      const value = node.properties[name];
      if (typeof value === 'string') node.properties[name] = resolve(value, pageUrl);
    }
    const srcSet = node.properties['srcSet'];
    if (typeof srcSet === 'string') {
      node.properties['srcSet'] = srcSet
        .split(/\s*,\s*/)
        .filter((candidate) => candidate !== '')
        .map((candidate) => resolveCandidate(candidate, pageUrl))
        .join(', ');
    }
    return undefined;
  });
  return toHtml(tree);
}
