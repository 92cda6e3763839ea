import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/**
 * The internal-link check of a built site, as it will be served: under `base` on `site`.
 * Every href, src and srcset in every page (and every absolute URL on the site's own origin, such as
 * canonical, og:url, og:image and feed links) must stay inside the base, resolve to a file of the build,
 * and, when it has a #fragment, to an element with that id on the target page.
 * External addresses are not fetched: nothing leaves the machine.
 */

export interface LinkCheckOptions {
  /** The build's output folder. */
  distDir: string;
  /** The base path the site is served under, e.g. "/" or "/dispatch/". */
  base: string;
  /** The site's origin (SITE_URL), so that absolute URLs on it are checked too. */
  site: string;
}

export interface LinkProblem {
  /** The page, as a path inside the build. */
  page: string;
  url: string;
  problem: string;
}

/** Attributes that hold one URL; srcset is handled apart. */
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'action', 'data'] as const;
/** <meta property> whose content is a URL. */
const URL_META = new Set(['og:url', 'og:image', 'twitter:image', 'article:author']);

const normalBase = (base: string) => `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/** The URL a built file is served at ("articles/x/index.html" → "https://site/base/articles/x/"). */
export function servedUrl(file: string, options: LinkCheckOptions): URL {
  const path = file.replace(/(^|\/)index\.html$/, '$1');
  return new URL(normalBase(options.base) + path, options.site);
}

/**
 * The file of the build that answers `url`, or a reason it does not: outside the base, or missing.
 * Directory URLs (ending in "/") are answered by their index.html, as every static host does.
 */
export function targetFile(url: URL, options: LinkCheckOptions): { file: string } | { problem: string } {
  const base = normalBase(options.base);
  if (!url.pathname.startsWith(base)) return { problem: `escapes the base path ${base}` };
  let path: string;
  try {
    path = decodeURIComponent(url.pathname.slice(base.length));
  } catch {
    return { problem: 'has a malformed percent-encoding' };
  }
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  const full = join(options.distDir, file);
  if (!existsSync(full) || !statSync(full).isFile()) {
    const hint = existsSync(join(full, 'index.html')) ? ' (add the trailing slash)' : '';
    return { problem: `points to a missing file ${file}${hint}` };
  }
  return { file };
}

/** Every HTML file of the build, relative to it, with "/" separators. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => relative(dir, join(dir, file)).split(sep).join('/'))
    .sort();
}

interface ParsedPage {
  ids: Set<string>;
  urls: string[];
}

/** The ids and the URLs a page holds. */
function parsePage(html: string): ParsedPage {
  const ids = new Set<string>();
  const urls: string[] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    const props = node.properties;
    if (typeof props['id'] === 'string') ids.add(props['id']);
    if (node.tagName === 'a' && typeof props['name'] === 'string') ids.add(props['name']);
    for (const name of URL_ATTRIBUTES) {
      const value = props[name];
      if (typeof value === 'string') urls.push(value);
    }
    const srcSet = props['srcSet'];
    if (typeof srcSet === 'string') {
      for (const candidate of srcSet.split(/\s*,\s*/)) {
        if (candidate.trim() !== '') urls.push(candidate.trim().split(/\s+/)[0] ?? '');
      }
    }
    const property = props['property'];
    const content = props['content'];
    if (node.tagName === 'meta' && typeof property === 'string' && URL_META.has(property)) {
      urls.push(typeof content === 'string' ? content : '');
    }
  });
  return { ids, urls };
}

/** Checks every page of the build; an empty list means every internal link resolves. */
export function checkLinks(options: LinkCheckOptions): LinkProblem[] {
  const site = new URL(options.site);
  const pages = new Map<string, ParsedPage>();
  const parsed = (file: string): ParsedPage => {
    let page = pages.get(file);
    if (!page) {
      page = parsePage(readFileSync(join(options.distDir, file), 'utf8'));
      pages.set(file, page);
    }
    return page;
  };

  const problems: LinkProblem[] = [];
  for (const page of htmlFiles(options.distDir)) {
    const here = servedUrl(page, options);
    for (const raw of parsed(page).urls) {
      const report = (problem: string) => problems.push({ page, url: raw, problem });
      if (raw.trim() === '') {
        report('is empty');
        continue;
      }
      let url: URL;
      try {
        url = new URL(raw, here);
      } catch {
        report('is not a valid URL');
        continue;
      }
      if (url.protocol === 'javascript:') report('runs script from a link');
      // Another host, mailto:, tel: and the like are not part of the site.
      if (url.origin !== site.origin) continue;
      const target = targetFile(url, options);
      if ('problem' in target) {
        report(target.problem);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment !== '' && fragment !== 'top' && target.file.endsWith('.html')) {
        if (!parsed(target.file).ids.has(fragment))
          report(`has no element with id "${fragment}" on ${target.file}`);
      }
    }
  }
  return problems;
}
