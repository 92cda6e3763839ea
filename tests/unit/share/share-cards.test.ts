import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { isShareCardPath, placeCards } from '../../../src/integrations/share-cards.ts';

const work = mkdtempSync(join(tmpdir(), 'dispatch-share-cards-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('isShareCardPath', () => {
  test('matches an article’s card in either edition, and nothing else', () => {
    expect(isShareCardPath('articles/a-story/share.png')).toBe(true);
    expect(isShareCardPath('ur/articles/a-story/share.png')).toBe(true);
    expect(isShareCardPath('articles/a-story/index.html')).toBe(false);
    expect(isShareCardPath('articles/share.png')).toBe(false);
    expect(isShareCardPath('tags/articles/a-story/share.png')).toBe(false);
    expect(isShareCardPath('ur/articles/a-story/images/share.png')).toBe(false);
  });
});

describe('placeCards', () => {
  const cache = join(work, 'cache');
  const site = join(work, 'site');
  mkdirSync(cache, { recursive: true });
  const file = (name: string, bytes: string) => {
    writeFileSync(join(cache, name), bytes);
    return join(cache, name);
  };
  const [a, b, c] = [file('a.png', 'card a'), file('b.png', 'card b'), file('c.png', 'card c')];
  const inode = (path: string) => statSync(path).ino;

  test('links each card into the site, then leaves the same cards in place', () => {
    const files = new Map([
      ['articles/one/share.png', a],
      ['ur/articles/one/share.png', b],
    ]);
    expect(placeCards(site, files)).toEqual({ placed: 2, kept: 0, removed: 0 });
    expect(readFileSync(join(site, 'articles/one/share.png'), 'utf8')).toBe('card a');
    expect(inode(join(site, 'ur/articles/one/share.png'))).toBe(inode(b));
    expect(placeCards(site, files)).toEqual({ placed: 0, kept: 2, removed: 0 });
  });

  test('replaces a card whose picture changed and removes the cards no longer made, with their folders', () => {
    writeFileSync(join(site, 'articles/one/index.html'), '<p>the page</p>');
    // The Urdu card of the last test is no longer made; a second English one is.
    const first = placeCards(
      site,
      new Map([
        ['articles/one/share.png', a],
        ['articles/two/share.png', b],
      ]),
    );
    expect(first).toEqual({ placed: 1, kept: 1, removed: 1 });
    const result = placeCards(site, new Map([['articles/one/share.png', c]]));
    expect(result).toEqual({ placed: 1, kept: 0, removed: 1 });
    expect(readFileSync(join(site, 'articles/one/share.png'), 'utf8')).toBe('card c');
    // The cache's files are never written through the site's links.
    expect(readFileSync(a, 'utf8')).toBe('card a');
    expect(existsSync(join(site, 'articles/two'))).toBe(false);
    expect(existsSync(join(site, 'ur/articles/one'))).toBe(false);
    // Other files are not the integration's.
    expect(readFileSync(join(site, 'articles/one/index.html'), 'utf8')).toBe('<p>the page</p>');
  });
});
