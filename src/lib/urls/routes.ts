import { DEFAULT_LANGUAGE, LANGUAGES, type Lang } from '../../config/languages.ts';

/**
 * Every internal URL of the site, built in one place so that a site hosted under a sub-path
 * (`base`, e.g. "/dispatch/") gets the prefix on every link (./links.ts adds the configured one).
 */

/** Joins the site's base path and a site-relative path, giving exactly one slash between them. */
export function withBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return head + path.replace(/^\/+/, '');
}

/**
 * A site-relative path in a language's edition: the default language's at the root, every other one under its
 * code (`ur/articles/x/`). The same page in two languages has the same path but for this prefix.
 */
export function localized(lang: Lang, path: string): string {
  return lang === DEFAULT_LANGUAGE ? path : `${lang}/${path}`;
}

/** A path of a language's edition without its prefix: the page it is in every language. */
export function unlocalized(lang: Lang, path: string): string {
  return lang === DEFAULT_LANGUAGE ? path : path.slice(lang.length + 1);
}

/** The route param of a language's prefix (`[...lang]`): none for the default language, the code otherwise. */
export function langParam(lang: Lang): string | undefined {
  return lang === DEFAULT_LANGUAGE ? undefined : lang;
}

/**
 * The first segments of the site's own paths: a standalone page in content/pages/ (served at `/<slug>/`) may
 * not take one of these names.
 */
export const RESERVED_SLUGS: readonly string[] = [
  'articles',
  'tags',
  'authors',
  'series',
  'archive',
  'search',
  'page',
  'types-of-work',
  'pagefind',
  '404',
  // The other languages' editions, each under its code (src/config/languages.ts).
  ...LANGUAGES.filter((lang) => lang !== DEFAULT_LANGUAGE),
];

/** The id of a kicker's definition on the Types of work page: "Analysis" → "analysis". */
export function kickerAnchor(kicker: string): string {
  return kicker.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** Site-relative paths, without the base. Listing pages after the first get a page number. */
export const routes = {
  home: (page = 1) => (page > 1 ? `page/${page}/` : ''),
  article: (slug: string) => `articles/${slug}/`,
  tags: () => 'tags/',
  tag: (slug: string, page = 1) => (page > 1 ? `tags/${slug}/${page}/` : `tags/${slug}/`),
  authors: () => 'authors/',
  author: (slug: string, page = 1) => (page > 1 ? `authors/${slug}/${page}/` : `authors/${slug}/`),
  page: (slug: string) => `${slug}/`,
  series: () => 'series/',
  seriesPage: (slug: string) => `series/${slug}/`,
  archive: () => 'archive/',
  /** The Types of work page, at the definition of a kicker when one is given. */
  typesOfWork: (kicker?: string) =>
    kicker === undefined ? 'types-of-work/' : `types-of-work/#${kickerAnchor(kicker)}`,
  archiveYear: (year: number, page = 1) => (page > 1 ? `archive/${year}/${page}/` : `archive/${year}/`),
  search: () => 'search/',
  /** Pagefind's bundle (script and index), written by the build. */
  searchBundle: () => 'pagefind/',
  // Publishing: feeds, sitemaps and images (src/pages/*.xml.ts, *.json.ts and *.png.ts).
  rss: () => 'rss.xml',
  atom: () => 'atom.xml',
  jsonFeed: () => 'feed.json',
  tagRss: (slug: string) => `tags/${slug}/rss.xml`,
  seriesRss: (slug: string) => `series/${slug}/rss.xml`,
  shareImage: (slug: string) => `articles/${slug}/share.png`,
  logo: () => 'logo.png',
  sitemapIndex: () => 'sitemap-index.xml',
  newsSitemap: () => 'news-sitemap.xml',
} as const;

type Routes = typeof routes;

const routesByLang = new Map<Lang, Routes>([[DEFAULT_LANGUAGE, routes]]);

/**
 * The routes of a language's edition: every path with the language's prefix (`localized`). The files the
 * whole site shares (Pagefind's bundle, the logo, the sitemaps) are `routes`' own.
 */
export function routesIn(lang: Lang): Routes {
  const known = routesByLang.get(lang);
  if (known) return known;
  const prefixed = Object.fromEntries(
    Object.entries(routes).map(([name, route]) => [
      name,
      (...args: unknown[]) => localized(lang, (route as (...a: unknown[]) => string)(...args)),
    ]),
  ) as unknown as Routes;
  routesByLang.set(lang, prefixed);
  return prefixed;
}
