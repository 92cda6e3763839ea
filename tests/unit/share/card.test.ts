import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  HEIGHT,
  WIDTH,
  headlineSize,
  renderShareImage,
  shareCardOf,
  shareCardTree,
  shareImageKey,
  type ShareCard,
  type ShareFonts,
} from '../../../src/lib/share/card.ts';
import { loadShareFonts } from '../../../src/lib/share/card-cache.ts';

const card: ShareCard = {
  kicker: 'Analysis',
  headline: 'Iran’s Strikes in Pakistan: A Strategic Blunder',
  byline: 'By Dispatch Desk',
  siteName: 'Dispatch',
};

/** Every string in the card's element tree, in order. */
function texts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(texts);
  const children = (node as { props?: { children?: unknown } }).props?.children;
  return children === undefined ? [] : texts(children);
}

let fonts: ShareFonts;
beforeAll(() => {
  fonts = loadShareFonts();
});

describe('headlineSize', () => {
  test('gives long headlines smaller type', () => {
    const sizes = [20, 60, 100, 160].map((n) => headlineSize('x'.repeat(n)));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(new Set(sizes).size).toBe(4);
  });
});

describe('shareCardOf', () => {
  test('takes an article’s kicker and headline, bylines its author and names the site', () => {
    const article = { kicker: 'Analysis', title: 'A headline', authors: [{ name: 'Hadia Safeer' }] };
    expect(shareCardOf(article, 'Dispatch', 'en-GB')).toEqual({
      kicker: 'Analysis',
      headline: 'A headline',
      byline: 'By Hadia Safeer',
      siteName: 'Dispatch',
    });
  });

  test('names two or three authors in the locale’s words', () => {
    const authors = ['Hadia Safeer', 'Dispatch Desk', 'Jane Doe'].map((name) => ({ name }));
    const card = (count: number) =>
      shareCardOf(
        { kicker: 'News', title: 'A headline', authors: authors.slice(0, count) },
        'Dispatch',
        'en-GB',
      );
    expect(card(2).byline).toBe('By Hadia Safeer and Dispatch Desk');
    expect(card(3).byline).toBe('By Hadia Safeer, Dispatch Desk and Jane Doe');
  });
});

describe('shareCardTree', () => {
  test('shows the kicker, headline, byline and site name', () => {
    expect(texts(shareCardTree(card))).toEqual(['Analysis', card.headline, 'By Dispatch Desk', 'Dispatch']);
  });
});

describe('shareImageKey', () => {
  test('changes with the text and with the fonts or renderer, and is stable otherwise', () => {
    const key = shareImageKey(card, fonts.fingerprint);
    expect(shareImageKey({ ...card }, fonts.fingerprint)).toBe(key);
    expect(shareImageKey({ ...card, headline: 'Another' }, fonts.fingerprint)).not.toBe(key);
    expect(shareImageKey(card, `${fonts.fingerprint} newer`)).not.toBe(key);
  });
});

describe('loadShareFonts', () => {
  test('reads the fonts from the installed @fontsource packages and fingerprints their versions', () => {
    expect(fonts.fonts.length).toBeGreaterThan(0);
    // Every file is a real WOFF font (its signature), one per script subset and weight.
    for (const font of fonts.fonts)
      expect(new TextDecoder('latin1').decode(new Uint8Array(font.data).subarray(0, 4))).toBe('wOFF');
    expect(new Set(fonts.fonts.map((f) => f.name))).toContain('Source Serif 4 latin-ext');
    expect(fonts.fingerprint).toMatch(/@fontsource\/inter@\d/);
    expect(fonts.fingerprint).toMatch(/satori@\d/);
  });
});

describe('renderShareImage', () => {
  test('draws a 1200×630 PNG that is not blank', async () => {
    const png = await renderShareImage(card, fonts);
    const image = sharp(png);
    expect(await image.metadata()).toMatchObject({ format: 'png', width: WIDTH, height: HEIGHT });
    // Text and the accent bar make the picture far from uniform.
    const { channels } = await image.stats();
    expect(channels[0]?.stdev).toBeGreaterThan(10);
  });

  test('fits the longest allowed headline (120 characters) without losing the byline', async () => {
    const long = { ...card, headline: 'A very long headline that goes on '.repeat(4).slice(0, 120) };
    const png = await renderShareImage(long, fonts);
    // The byline row sits at the foot: its pixels there differ from the background.
    const foot = await sharp(png).extract({ left: 72, top: 560, width: 400, height: 50 }).stats();
    expect(foot.channels[0]?.min).toBeLessThan(150);
  });
});
