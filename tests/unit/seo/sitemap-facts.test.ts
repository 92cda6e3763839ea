import { describe, expect, test } from 'vitest';
import { pageFacts } from '../../../src/lib/seo/sitemap-facts.ts';

describe('pageFacts', () => {
  test('reads the canonical URL and article:modified_time from the head', () => {
    const html =
      '<html><head><link rel="canonical" href="https://example.org/a/?x=1&amp;y=2"><meta property="article:modified_time" content="2024-01-20T00:00:00.000Z"></head><body></body></html>';
    expect(pageFacts(html)).toEqual({
      canonical: 'https://example.org/a/?x=1&y=2',
      modified: '2024-01-20T00:00:00.000Z',
      alternates: [],
    });
  });

  test('does not depend on the order or quoting of attributes', () => {
    const html = `<head><meta content='2024-01-02' property=article:modified_time><link href="https://e.org/" rel="canonical"></head>`;
    expect(pageFacts(html)).toEqual({ canonical: 'https://e.org/', modified: '2024-01-02', alternates: [] });
  });

  test('gives nothing for a page that declares neither, and ignores the body', () => {
    const html =
      '<head><link rel="alternate" href="/rss.xml"></head><body><link rel="canonical" href="/x"></body>';
    expect(pageFacts(html)).toEqual({ canonical: undefined, modified: undefined, alternates: [] });
  });

  test('reads the page’s language versions from its hreflang links, and not its feeds', () => {
    const html =
      '<head><link rel="alternate" hreflang="en" href="https://e.org/a/"><link rel="alternate" type="application/rss+xml" href="https://e.org/rss.xml"><link hreflang="ur" rel="alternate" href="https://e.org/ur/a/"><link rel="alternate" hreflang="x-default" href="https://e.org/a/"></head>';
    expect(pageFacts(html).alternates).toEqual([
      { lang: 'en', url: 'https://e.org/a/' },
      { lang: 'ur', url: 'https://e.org/ur/a/' },
      { lang: 'x-default', url: 'https://e.org/a/' },
    ]);
  });
});
