import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { consent } from '../../src/config/consent.ts';
import { basePath, siteUrl } from '../../src/config/env.ts';
import { dictionaryOf } from '../../src/lib/i18n/dictionary.ts';
import { distDir, htmlFiles } from '../support/built-site.ts';
import { fileOfUrl } from '../support/link-check.ts';
import { readHead } from '../support/page-head.ts';

/**
 * The Urdu edition of the built site, file by file: every Urdu page kind is in Urdu, right to left, with no
 * English word of the interface left on it, and every page's hreflang links are reciprocal.
 */

const urduPages = htmlFiles().filter((file) => file.startsWith('ur/'));
const read = (file: string) => readFileSync(join(distDir, file), 'utf8');

/** Every string of a dictionary. */
function strings(value: unknown): string[] {
  return typeof value === 'string' ? [value] : Object.values(value as object).flatMap(strings);
}

/**
 * The English the interface could leave on a page: each English dictionary value and each English text of the
 * consent configuration, cut at its placeholders, keeping the pieces with Latin words.
 */
const englishPieces = [
  ...new Set(
    [
      ...strings(dictionaryOf('en')),
      ...consent.categories.flatMap((c) => [c.name.en, c.description.en]),
      ...consent.items.flatMap((i) => [i.provider.en, i.purpose.en, i.lifetime.en]),
    ]
      .flatMap((value) => value.split(/\{\w+\}/))
      .map((piece) => piece.trim().replaceAll(/\s+/g, ' '))
      .filter((piece) => /[A-Za-z]/.test(piece)),
  ),
];

/** Attributes whose values a reader meets: read aloud, shown on hover, or shown by a script of the page. */
const READ_ATTRIBUTES = [
  'ariaLabel',
  'title',
  'alt',
  'placeholder',
  'dataStrings',
  'dataCopied',
  'dataCopyFailed',
];

/**
 * What a reader of the page can meet: its title, description, every text of the body (hidden ones too, which
 * scripts show), and the attributes above; not scripts, styles or the site's own data for its scripts.
 */
function readerText(html: string): string {
  const texts: string[] = [];
  const tree: Root = fromHtml(html);
  visit(tree, (node, _index, parent) => {
    const inCode = parent?.type === 'element' && ['script', 'style'].includes(parent.tagName);
    if (node.type === 'text' && !inCode) texts.push(node.value);
    if (node.type !== 'element') return;
    const { properties, tagName } = node;
    if (
      tagName === 'meta' &&
      ['description', 'og:title', 'og:description', 'og:image:alt'].includes(
        String(properties['name'] ?? properties['property']),
      )
    )
      texts.push(String(properties['content']));
    for (const name of READ_ATTRIBUTES)
      if (typeof properties[name] === 'string') texts.push(properties[name]);
  });
  return texts.join('\n').replaceAll(/\s+/g, ' ');
}

/** The English pieces found in a text, each as a whole word or phrase. */
function englishIn(text: string): string[] {
  const escape = (piece: string) => piece.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return englishPieces.filter((piece) => new RegExp(`(?<![A-Za-z])${escape(piece)}(?![A-Za-z])`).test(text));
}

test('the Urdu edition has every page kind', () => {
  for (const page of [
    'ur/index.html',
    'ur/articles/iran-missile-strike-on-pakistani-territory/index.html',
    'ur/tags/index.html',
    'ur/tags/pakistan/index.html',
    'ur/authors/index.html',
    'ur/authors/dispatch-desk/index.html',
    'ur/archive/index.html',
    'ur/archive/2024/index.html',
    'ur/search/index.html',
    'ur/data-protection/index.html',
    'ur/404.html',
  ])
    expect(urduPages).toContain(page);
});

for (const page of urduPages) {
  test(`${page} is Urdu, right to left, with no English word of the interface`, () => {
    const html = read(page);
    const head = readHead(html);
    expect([head.lang, head.dir]).toEqual(['ur-PK', 'rtl']);
    expect(englishIn(readerText(html))).toEqual([]);
  });
}

test('the English words are found where they are: the check can fail', () => {
  const found = englishIn(readerText(read('index.html')));
  for (const word of ['Latest', 'Accept all', 'Data Protection Policy', 'Skip to content'])
    expect(found).toContain(word);
  expect(englishIn(readerText(read('data-protection/index.html')))).toContain(consent.categories[1]?.name.en);
});

test('every page’s hreflang links are reciprocal and include the page itself and x-default', () => {
  const options = { dir: distDir, base: basePath, origin: siteUrl };
  const versionsOf = (file: string) =>
    new Map(
      readHead(read(file))
        .links.filter((l) => l.rel === 'alternate' && l.hreflang !== undefined)
        .map((l) => [l.hreflang ?? '', l.href]),
    );
  let checked = 0;
  for (const page of htmlFiles()) {
    const versions = versionsOf(page);
    if (versions.size === 0) continue;
    checked++;
    expect([...versions.keys()].sort(), page).toEqual(['en', 'ur', 'x-default']);
    expect(versions.get('x-default'), page).toBe(versions.get('en'));
    const own = page.startsWith('ur/') ? versions.get('ur') : versions.get('en');
    expect(fileOfUrl(own ?? '', options), page).toBe(join(distDir, page));
    for (const url of versions.values()) {
      const file = fileOfUrl(url, options);
      expect(file, `${page} → ${url}`).toBeDefined();
      expect(versionsOf((file ?? '').slice(distDir.length + 1)), `${page} → ${url}`).toEqual(versions);
    }
  }
  // At least the pages every edition has (home, topics, authors, archive, search, the policy), both ways, and
  // the seed article and its Urdu summary.
  expect(checked).toBeGreaterThanOrEqual(2 * 6);
  expect(versionsOf('articles/iran-missile-strike-on-pakistani-territory/index.html').get('ur')).toBe(
    new URL(`${basePath}ur/articles/iran-missile-strike-on-pakistani-territory/`, siteUrl).href,
  );
});
