import { describe, expect, test } from 'vitest';
import { checkLinks, srcsetUrls } from '../../support/link-check.ts';

describe('checkLinks', () => {
  // A hand-made site served under /dispatch/: index.html links to pages, fragments and assets, some broken.
  const broken = checkLinks({
    dir: 'tests/fixtures/link-check/dispatch-site',
    origin: 'https://dispatch.example',
    base: '/dispatch/',
  });
  const reasons = broken.map((b) => `${b.url}: ${b.reason}`);

  test('reports each broken link once, and only the broken ones', () => {
    expect(reasons.sort()).toEqual(
      [
        '/articles/one/: leaves the base path /dispatch/',
        '/dispatch/_astro/b.png: no such file in the built site',
        '/dispatch/_astro/missing.png: no such file in the built site',
        '/dispatch/articles/one/#nowhere: no element with id "nowhere" on the target page',
        '/dispatch/articles/two/: no such file in the built site',
      ].sort(),
    );
  });

  test('names the page each broken link is on', () => {
    expect(new Set(broken.map((b) => b.page))).toEqual(new Set(['/dispatch/']));
  });
});

describe('srcsetUrls', () => {
  test('takes the URL of each candidate', () => {
    expect(srcsetUrls('/a.webp 400w, /b.webp 800w,/c.webp')).toEqual(['/a.webp', '/b.webp', '/c.webp']);
  });
});
