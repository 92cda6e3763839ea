import { describe, expect, test } from 'vitest';
import { basePath, siteUrl } from '../../../src/config/env.ts';
import { site } from '../../../src/config/site.ts';
import { absoluteLink, editUrl, link, linksFor } from '../../../src/lib/urls/links.ts';
import { routes } from '../../../src/lib/urls/routes.ts';

describe('linksFor', () => {
  const { link: under, absoluteLink: absolute } = linksFor('/dispatch/', 'https://news.example.org');

  test('puts every path under the base, with one slash between', () => {
    expect(under(routes.home())).toBe('/dispatch/');
    expect(under(routes.tag('iran', 2))).toBe('/dispatch/tags/iran/2/');
    expect(under('/rss.xml')).toBe('/dispatch/rss.xml');
  });

  test('makes absolute URLs on the site’s origin, under the base', () => {
    expect(absolute(routes.article('a-story'))).toBe('https://news.example.org/dispatch/articles/a-story/');
    expect(absolute(routes.home())).toBe('https://news.example.org/dispatch/');
  });

  test('at the root, leaves paths as they are', () => {
    const root = linksFor('/', 'https://dispatch.example');
    expect(root.link(routes.authors())).toBe('/authors/');
    expect(root.absoluteLink(routes.logo())).toBe('https://dispatch.example/logo.png');
  });
});

describe('link and absoluteLink', () => {
  test('use the configured base path and origin (BASE_PATH and SITE_URL)', () => {
    expect(link(routes.tags())).toBe(`${basePath}tags/`);
    expect(absoluteLink(routes.tags())).toBe(`${siteUrl}${basePath}tags/`);
  });
});

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
