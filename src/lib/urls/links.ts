import { basePath, siteUrl } from '../../config/env.ts';
import { withBase } from './routes.ts';

/**
 * The site's links as `href` values: under the configured base path (BASE_PATH), as absolute URLs on the
 * configured origin (SITE_URL), and into the site's source repository. The paths themselves are in ./routes.ts.
 */

/** The link makers of a site served at `origin` under `base`. */
export function linksFor(base: string, origin: string) {
  /** A site-relative path as a link under the base path. */
  const link = (path: string): string => withBase(base, path);
  /** A site-relative path as an absolute URL on the site (feeds, canonical URLs, social tags). */
  const absoluteLink = (path: string): string => new URL(link(path), origin).href;
  return { link, absoluteLink };
}

/**
 * `link`: a site-relative path as a link that respects the configured base path (BASE_PATH); `absoluteLink`: as
 * an absolute URL on the configured site (SITE_URL), for feeds, canonical URLs and social tags.
 */
export const { link, absoluteLink } = linksFor(basePath, siteUrl);

/**
 * Links into the site's source repository: every article links to its Markdown file there
 * ("Suggest a correction"), so readers and editors reach the text in one click.
 */
export interface Repository {
  /** The repository's web address, e.g. https://github.com/dispatch-news/dispatch. */
  url: string;
  /** The branch the site is published from. */
  branch: string;
}

/** The address of the page that edits `file` (a path from the repository root) on the published branch. */
export function editUrl(repository: Repository, file: string): string {
  const path = file
    .replace(/^\.?\/+/, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  return `${repository.url.replace(/\/+$/, '')}/edit/${encodeURIComponent(repository.branch)}/${path}`;
}
