import { expect, test } from '@playwright/test';
import { basePath, siteUrl } from '../../src/config/env.ts';
import { distDir, fixtureDistDir, htmlFiles } from '../support/built-site.ts';
import { checkLinks } from '../support/link-check.ts';

// The site, and the fixture site with the page kinds the real content lacks (series).
for (const dir of [distDir, fixtureDistDir]) {
  test(`every internal link, asset and fragment of ${dir} resolves`, () => {
    expect(htmlFiles(dir).length).toBeGreaterThan(0);
    const broken = checkLinks({ dir, origin: siteUrl, base: basePath });
    expect(broken.map((b) => `${b.page}: ${b.url}: ${b.reason}`)).toEqual([]);
  });
}
