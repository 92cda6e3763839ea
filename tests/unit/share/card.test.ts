import { GlobalFonts } from '@napi-rs/canvas';
import sharp from 'sharp';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import {
  HEIGHT,
  WIDTH,
  headlineSize,
  layoutHeadline,
  registerShareFonts,
  renderShareImage,
  shareCardOf,
  shareImageKey,
  wrapLines,
  type ShareCard,
  type ShareFonts,
} from '../../../src/lib/share/card.ts';
import { loadShareFonts } from '../../../src/lib/share/share-fonts.ts';

const card: ShareCard = {
  lang: 'en',
  kicker: 'Analysis',
  headline: 'Iran’s Strikes in Pakistan: A Strategic Blunder',
  byline: 'By Dispatch Desk',
  siteName: 'Dispatch',
};
const urdu: ShareCard = {
  lang: 'ur',
  kicker: 'تجزیہ',
  headline: 'پاکستانی سرزمین پر ایران کا میزائل حملہ: سرحد پار تعلقات میں کشیدہ موڑ',
  byline: 'تحریر: ڈسپیچ ڈیسک',
  siteName: 'ڈسپیچ',
};

/** A stand-in for Skia's measure: every character is half the type size wide. */
const measure = (text: string, size: number) => text.length * size * 0.5;

let fonts: ShareFonts;
beforeAll(() => {
  fonts = loadShareFonts();
});

/** How dark each column of a band of the picture is: the columns where something is drawn. */
async function inkColumns(png: Buffer, top: number, height: number): Promise<number[]> {
  const { data, info } = await sharp(png)
    .extract({ left: 0, top, width: WIDTH, height })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const columns: number[] = [];
  for (let x = 0; x < info.width; x++) {
    let ink = 0;
    for (let y = 0; y < info.height; y++) if ((data[y * info.width + x] ?? 255) < 128) ink++;
    if (ink > 0) columns.push(x);
  }
  return columns;
}

/** How many separate shapes of ink a band of the picture holds (letters, joined words, dots). */
async function inkShapes(png: Buffer, top: number, height: number): Promise<number> {
  const { data, info } = await sharp(png)
    .extract({ left: 0, top, width: WIDTH, height })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const ink = (i: number) => (data[i] ?? 255) < 128;
  const seen = new Uint8Array(info.width * info.height);
  let shapes = 0;
  for (let start = 0; start < seen.length; start++) {
    if (seen[start] || !ink(start)) continue;
    shapes++;
    const stack = [start];
    seen[start] = 1;
    while (stack.length > 0) {
      const i = stack.pop() ?? 0;
      const x = i % info.width;
      for (const next of [
        i - info.width,
        i + info.width,
        x > 0 ? i - 1 : -1,
        x < info.width - 1 ? i + 1 : -1,
      ])
        if (next >= 0 && next < seen.length && !seen[next] && ink(next)) {
          seen[next] = 1;
          stack.push(next);
        }
    }
  }
  return shapes;
}

describe('headlineSize', () => {
  test('gives long headlines smaller type, and Urdu smaller type than English', () => {
    const sizes = [20, 60, 100, 160].map((n) => headlineSize('x'.repeat(n)));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(new Set(sizes).size).toBe(4);
    expect(headlineSize('x'.repeat(20), 'rtl')).toBeLessThan(headlineSize('x'.repeat(20)));
  });
});

describe('wrapLines and layoutHeadline', () => {
  test('breaks at words so that no line is wider than the box', () => {
    const lines = wrapLines('one two three four five six', 60, 10, measure);
    expect(lines).toEqual(['one two', 'three four', 'five six']);
    for (const line of lines) expect(measure(line, 10)).toBeLessThanOrEqual(60);
  });

  test('makes the headline smaller until its lines fit the height', () => {
    const box = { width: 1056, height: 150 };
    const long = 'A very long headline that goes on '.repeat(3).slice(0, 100);
    // 100 characters start at 56 pixels; the box holds 220 pixels of lines.
    const fitted = layoutHeadline(long, 'ltr', box, measure);
    expect(fitted.size).toBeLessThan(headlineSize(long));
    expect(fitted.lines.length).toBeGreaterThan(1);
    expect(fitted.lines.length * fitted.lineHeight).toBeLessThanOrEqual(box.height);
  });
});

describe('shareCardOf', () => {
  test('takes an article’s kicker and headline, bylines its author and names the site', () => {
    const article = {
      lang: 'en' as const,
      kicker: 'Analysis',
      title: 'A headline',
      authors: [{ name: 'Hadia Safeer' }],
    };
    expect(shareCardOf(article)).toEqual({
      lang: 'en',
      kicker: 'Analysis',
      headline: 'A headline',
      byline: 'By Hadia Safeer',
      siteName: 'Dispatch',
    });
  });

  test('names two or three authors in the language’s words', () => {
    const authors = ['Hadia Safeer', 'Dispatch Desk', 'Jane Doe'].map((name) => ({ name }));
    const card = (count: number) =>
      shareCardOf({ lang: 'en', kicker: 'News', title: 'A headline', authors: authors.slice(0, count) });
    expect(card(2).byline).toBe('By Hadia Safeer and Dispatch Desk');
    expect(card(3).byline).toBe('By Hadia Safeer, Dispatch Desk and Jane Doe');
  });

  test('writes an Urdu article’s card in Urdu', () => {
    const article = {
      lang: 'ur' as const,
      kicker: 'Analysis',
      title: 'ایک سرخی',
      authors: [{ name: 'ہادیہ سفیر' }],
    };
    expect(shareCardOf(article)).toEqual({
      lang: 'ur',
      kicker: 'تجزیہ',
      headline: 'ایک سرخی',
      byline: 'تحریر: ہادیہ سفیر',
      siteName: 'ڈسپیچ',
    });
  });
});

describe('shareImageKey', () => {
  test('changes with the text and with the fonts or renderer, and is stable otherwise', () => {
    const key = shareImageKey(card, fonts.fingerprint);
    expect(shareImageKey({ ...card }, fonts.fingerprint)).toBe(key);
    expect(shareImageKey({ ...card, headline: 'Another' }, fonts.fingerprint)).not.toBe(key);
    expect(shareImageKey({ ...card, lang: 'ur' }, fonts.fingerprint)).not.toBe(key);
    expect(shareImageKey(card, `${fonts.fingerprint} newer`)).not.toBe(key);
  });
});

describe('loadShareFonts', () => {
  test('reads the fonts from the installed @fontsource packages and fingerprints their versions', () => {
    expect(fonts.fonts.length).toBeGreaterThan(0);
    // Every file is a real WOFF font (its signature).
    for (const font of fonts.fonts)
      expect(new TextDecoder('latin1').decode(new Uint8Array(font.data).subarray(0, 4))).toBe('wOFF');
    expect(new Set(fonts.fonts.map((f) => f.family)).size).toBe(3);
    expect(fonts.fingerprint).toMatch(/@fontsource\/noto-nastaliq-urdu@\d/);
    expect(fonts.fingerprint).toMatch(/@napi-rs\/canvas@\d/);
  });
});

describe('registerShareFonts', () => {
  test('registers the fonts once a process: a thread that finds them there leaves them alone', () => {
    const register = vi.spyOn(GlobalFonts, 'register');
    try {
      registerShareFonts(fonts);
      // As a second thread would (its own record is empty): the fonts are in the process's collection already.
      registerShareFonts({ ...fonts, fingerprint: `${fonts.fingerprint} (another thread)` });
      expect(register.mock.calls.length).toBeLessThanOrEqual(fonts.fonts.length);
      for (const family of new Set(fonts.fonts.map((font) => font.family)))
        expect(GlobalFonts.has(family)).toBe(true);
    } finally {
      register.mockRestore();
    }
  });
});

describe('renderShareImage', () => {
  test('draws a 1200×630 opaque PNG that is not blank', async () => {
    const png = renderShareImage(card, fonts);
    const image = sharp(png);
    expect(await image.metadata()).toMatchObject({ format: 'png', width: WIDTH, height: HEIGHT });
    const { channels, isOpaque } = await image.stats();
    expect(isOpaque).toBe(true);
    // Text and the accent bar make the picture far from uniform.
    expect(channels[0]?.stdev).toBeGreaterThan(10);
  });

  test('fits the longest allowed headline (120 characters) without losing the byline', async () => {
    const long = { ...card, headline: 'A very long headline that goes on '.repeat(4).slice(0, 120) };
    const png = renderShareImage(long, fonts);
    // The byline row sits at the foot: its pixels there differ from the background.
    const foot = await sharp(png).extract({ left: 72, top: 540, width: 400, height: 60 }).stats();
    expect(foot.channels[0]?.min).toBeLessThan(150);
  });

  test('sets an Urdu card right to left: the headline from the right margin, the byline on the right', async () => {
    const png = renderShareImage(urdu, fonts);
    const english = renderShareImage(card, fonts);
    // The headline's first line: in Urdu its ink ends at the right margin; in English it starts at the left.
    const urduHeadline = await inkColumns(png, 130, 90);
    const englishHeadline = await inkColumns(english, 130, 90);
    expect(Math.max(...urduHeadline)).toBeGreaterThan(WIDTH - 72 - 12);
    expect(Math.min(...urduHeadline)).toBeGreaterThan(72 + 12);
    expect(Math.min(...englishHeadline)).toBeLessThan(72 + 12);
    // The foot: the byline at the right margin, the site's name at the left.
    const foot = await inkColumns(png, 540, 70);
    expect(Math.max(...foot)).toBeGreaterThan(WIDTH - 72 - 12);
    expect(Math.min(...foot)).toBeLessThan(72 + 12);
  });

  test('joins Urdu letters: the words are a few joined shapes, not one shape a letter', async () => {
    // Three words of ten letters that all join and carry no dots: three shapes when joined. A zero-width
    // non-joiner between letters forces each into its unjoined form, as a renderer without Arabic shaping
    // would draw them: ten shapes.
    const words = 'مسلم عمل حکم';
    const apart = Array.from(words).join('\u200C');
    const shapes = async (headline: string) =>
      inkShapes(renderShareImage({ ...urdu, headline }, fonts), 120, 380);
    const joined = await shapes(words);
    expect(joined).toBeLessThanOrEqual(4);
    expect(await shapes(apart)).toBeGreaterThanOrEqual(2 * joined);
  });
});
