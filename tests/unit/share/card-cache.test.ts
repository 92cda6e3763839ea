import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cacheDir } from '../../../src/config/env.ts';
import { planShareCards, shareImagePng } from '../../../src/lib/share/card-cache.ts';
import { startCardFiles } from '../../../src/lib/share/card-files.ts';
import { loadShareFonts, shareFontsFingerprint } from '../../../src/lib/share/share-fonts.ts';
import { renderShareImage, shareImageKey, type ShareCard } from '../../../src/lib/share/card.ts';

/** Cards no other test draws, so that each is drawn here (not read from the cache) the first time. */
const cards: ShareCard[] = Array.from({ length: 4 }, (_, i) => ({
  lang: 'en',
  kicker: 'Analysis',
  headline: `A card drawn for the cache test, number ${String(i)} (${String(process.pid)})`,
  byline: 'By Ann Writer',
  siteName: 'Dispatch',
}));
const fonts = loadShareFonts();
const cached = (card: ShareCard) =>
  join(cacheDir, 'share-images', `${shareImageKey(card, fonts.fingerprint)}.png`);

afterAll(() => {
  for (const card of cards) rmSync(cached(card), { force: true });
});

describe('shareImagePng', () => {
  test('draws each card as renderShareImage does, and keeps it in the build cache', async () => {
    const pngs = await Promise.all(cards.map((card) => shareImagePng(card)));
    for (const [i, card] of cards.entries()) {
      expect(pngs[i]?.equals(renderShareImage(card, fonts))).toBe(true);
      expect(existsSync(cached(card))).toBe(true);
    }
    // Nothing half-written is left beside the cards.
    expect(readdirSync(join(cacheDir, 'share-images')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  test('in a build, sets the cards drawing into the cache and lists each file under its path in the site', async () => {
    const ahead = cards.map((card) => ({ ...card, headline: `${card.headline}, planned` }));
    try {
      const build = startCardFiles();
      planShareCards(ahead.map((card, i) => ({ path: `articles/a${String(i)}/share.png`, card })));
      expect(build.drawings).toHaveLength(ahead.length);
      await Promise.all(build.drawings);
      for (const [i, card] of ahead.entries()) {
        expect(build.files.get(`articles/a${String(i)}/share.png`)).toBe(cached(card));
        expect(readFileSync(cached(card)).equals(renderShareImage(card, fonts))).toBe(true);
      }
      // Planned again (the next build), the cards are in the cache: nothing is drawn.
      const next = startCardFiles();
      planShareCards(ahead.map((card, i) => ({ path: `articles/a${String(i)}/share.png`, card })));
      expect(next.drawings).toEqual([]);
      expect(next.files.size).toBe(ahead.length);
    } finally {
      for (const card of ahead) rmSync(cached(card), { force: true });
    }
  }, 60_000);

  test('reads a card it has kept instead of drawing it again', async () => {
    const [card] = cards;
    if (!card) throw new Error('no card');
    const first = await shareImagePng(card);
    expect((await shareImagePng(card)).equals(first)).toBe(true);
  }, 60_000);
});

describe('shareFontsFingerprint', () => {
  test('changes with the drawing code, so that cards drawn by other code are drawn again', () => {
    // A copy of the project's source beside its package files: the same fingerprint until card.ts changes.
    const root = mkdtempSync(join(tmpdir(), 'dispatch-card-fingerprint-'));
    try {
      cpSync('src', join(root, 'src'), { recursive: true });
      for (const file of ['package.json', 'package-lock.json']) cpSync(file, join(root, file));
      symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'));
      expect(shareFontsFingerprint(root)).toBe(shareFontsFingerprint());
      const card = join(root, 'src/lib/share/card.ts');
      writeFileSync(card, readFileSync(card, 'utf8').replace("bg: '#fdfcf9'", "bg: '#ffffff'"));
      expect(shareFontsFingerprint(root)).not.toBe(shareFontsFingerprint());
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
