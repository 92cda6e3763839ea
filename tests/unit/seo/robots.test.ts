import { describe, expect, test } from 'vitest';
import { robotsTxt } from '../../../src/lib/seo/robots.ts';

describe('robotsTxt', () => {
  const sitemaps = ['https://example.org/sitemap-index.xml', 'https://example.org/news-sitemap.xml'];

  test('lets every crawler into a production build and names each sitemap', () => {
    expect(robotsTxt({ indexable: true, sitemaps })).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap-index.xml\nSitemap: https://example.org/news-sitemap.xml\n',
    );
  });

  test('shuts every crawler out of a preview build', () => {
    expect(robotsTxt({ indexable: false, sitemaps })).toBe('User-agent: *\nDisallow: /\n');
  });
});
