import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cacheDir } from '../../../src/config/env.ts';
import { drawAhead, shareImagePng } from '../../../src/lib/share/card-cache.ts';
import { loadShareFonts } from '../../../src/lib/share/share-fonts.ts';
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
      expect(pngs[i]?.equals(await renderShareImage(card, fonts))).toBe(true);
      expect(existsSync(cached(card))).toBe(true);
    }
    // Nothing half-written is left beside the cards.
    expect(readdirSync(join(cacheDir, 'share-images')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  test('draws cards ahead into the cache, where it finds them when they are asked for', async () => {
    const ahead = cards.map((card) => ({ ...card, headline: `${card.headline}, drawn ahead` }));
    try {
      drawAhead(ahead);
      const pngs = await Promise.all(ahead.map((card) => shareImagePng(card)));
      for (const [i, card] of ahead.entries()) {
        expect(existsSync(cached(card))).toBe(true);
        expect(pngs[i]?.equals(await renderShareImage(card, fonts))).toBe(true);
      }
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
