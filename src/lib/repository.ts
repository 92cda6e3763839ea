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
