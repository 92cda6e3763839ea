import { describe, expect, test } from 'vitest';
import { site } from '../../src/config/site.ts';
import { editUrl } from '../../src/lib/urls/links.ts';

describe('editUrl', () => {
  const repository = { url: 'https://github.com/dispatch-news/dispatch', branch: 'main' };

  test('links to the file on the published branch', () => {
    expect(editUrl(repository, 'content/articles/foo/index.md')).toBe(
      'https://github.com/dispatch-news/dispatch/edit/main/content/articles/foo/index.md',
    );
  });

  test('tolerates a trailing slash on the repository and a leading "./" on the file', () => {
    expect(editUrl({ ...repository, url: `${repository.url}/` }, './content/articles/foo.md')).toBe(
      'https://github.com/dispatch-news/dispatch/edit/main/content/articles/foo.md',
    );
  });

  test('encodes each path segment but keeps the slashes', () => {
    expect(editUrl({ ...repository, branch: 'release 1' }, 'content/articles/a b.md')).toBe(
      'https://github.com/dispatch-news/dispatch/edit/release%201/content/articles/a%20b.md',
    );
  });

  test('the site is configured with a repository to link to', () => {
    expect(site.repository.url).toMatch(/^https:\/\//);
    expect(site.repository.branch).not.toBe('');
  });
});
