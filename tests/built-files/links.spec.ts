import { expect, test } from '@playwright/test';
import { basePath, siteUrl } from '../../src/config/env.ts';
import { distDir, htmlFiles } from '../support/built-site.ts';
import { checkLinks } from '../support/link-check.ts';

test('every internal link, asset and fragment of the built site resolves', () => {
  expect(htmlFiles().length).toBeGreaterThan(0);
  const broken = checkLinks({ dir: distDir, origin: siteUrl, base: basePath });
  expect(broken.map((b) => `${b.page}: ${b.url}: ${b.reason}`)).toEqual([]);
});
