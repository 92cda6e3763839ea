import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { htmlFiles, urlPathOf } from './built-site.ts';

/**
 * Internal link and asset checker for a built site: every href, src and srcset that points inside the site
 * must resolve to a file in the output folder, every #fragment to an element id on the target page, and no
 * internal URL may leave the base path (a site hosted under /dispatch/ must not link to /articles/…).
 */

export interface LinkCheckOptions {
  /** The built site's folder, e.g. "dist". */
  dir: string;
  /** The public origin, e.g. "https://dispatch.example": absolute URLs on it are internal too. */
  origin: string;
  /** The base path the site is served under, e.g. "/" or "/dispatch/". */
  base: string;
}

export interface BrokenLink {
  /** The page the link is on, as a URL path. */
  page: string;
  /** The attribute value as written. */
  url: string;
  reason: string;
}

/** Attributes that hold a URL, by element. */
const URL_ATTRIBUTES: readonly [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['script[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['video[poster]', 'poster'],
  ['form[action]', 'action'],
  ['meta[property="og:image"]', 'content'],
  ['meta[property="og:url"]', 'content'],
];

/** URLs in a srcset: the first word of each comma-separated candidate. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

/** Every URL a page refers to, with the attribute it came from. */
export function urlsOf(root: HTMLElement): string[] {
  const urls: string[] = [];
  for (const [selector, attribute] of URL_ATTRIBUTES) {
    for (const element of root.querySelectorAll(selector)) {
      const value = element.getAttribute(attribute);
      if (value !== undefined) urls.push(value);
    }
  }
  for (const element of root.querySelectorAll('[srcset]'))
    urls.push(...srcsetUrls(element.getAttribute('srcset') ?? ''));
  return urls;
}

/** The file in `dir` that serves a path below the base, or undefined. */
function fileFor(dir: string, path: string): string | undefined {
  const decoded = decodeURIComponent(path);
  const candidates = decoded.endsWith('/')
    ? [join(dir, decoded, 'index.html')]
    : [join(dir, decoded), join(dir, decoded, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

/**
 * The file of the built site that serves an absolute URL on it (a feed's or a sitemap's links), or undefined
 * when the URL is on another origin, leaves the base path or names no file.
 */
export function fileOfUrl(url: string, options: LinkCheckOptions): string | undefined {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const parsed = new URL(url);
  if (parsed.origin !== new URL(options.origin).origin || !parsed.pathname.startsWith(base)) return undefined;
  return fileFor(options.dir, parsed.pathname.slice(base.length));
}

/** All broken internal links and assets of the built site. */
export function checkLinks(options: LinkCheckOptions): BrokenLink[] {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const origin = new URL(options.origin).origin;
  const pages = htmlFiles(options.dir);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let found = ids.get(file);
    if (!found) {
      const root = parse(readFileSync(file, 'utf8'));
      found = new Set(root.querySelectorAll('[id]').map((element) => element.id));
      ids.set(file, found);
    }
    return found;
  };

  const broken: BrokenLink[] = [];
  for (const file of pages) {
    const pagePath = base + urlPathOf(file).slice(1);
    const pageUrl = new URL(pagePath, origin);
    const root = parse(readFileSync(join(options.dir, file), 'utf8'));
    for (const raw of urlsOf(root)) {
      const report = (reason: string) => broken.push({ page: pagePath, url: raw, reason });
      if (/^(mailto|tel|data|javascript):/i.test(raw)) continue;
      let url: URL;
      try {
        url = new URL(raw, pageUrl);
      } catch {
        report('not a valid URL');
        continue;
      }
      if (url.origin !== origin) continue; // another site: not ours to check here
      if (!url.pathname.startsWith(base)) {
        report(`leaves the base path ${base}`);
        continue;
      }
      const target = fileFor(options.dir, url.pathname.slice(base.length));
      if (!target) {
        report('no such file in the built site');
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
        report(`no element with id "${fragment}" on the target page`);
      }
    }
  }
  return broken;
}
