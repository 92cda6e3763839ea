import { createHash } from 'node:crypto';
import { type Canvas, createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { languages, type Lang } from '../../config/languages.ts';
import { dictionaryOf, fill, kickerLabel } from '../i18n/dictionary.ts';
import { formatList } from '../format.ts';
import { encodePng } from './png.ts';

/**
 * The share image of an article: a 1200×630 PNG card with the kicker, the headline, the byline and the
 * site name, in the article's language, shown by social sites and chat apps when the article is shared
 * (og:image, which X reads too, JSON-LD). Drawn with @napi-rs/canvas (Skia, prebuilt inside its npm package),
 * whose text goes through HarfBuzz shaping and the Unicode bidirectional algorithm: Urdu headlines join
 * letter to letter in Nastaliq and run right to left, with any Latin words or digits in them left to right.
 * (satori, used before, lays text out glyph by glyph: its Urdu came out unjoined, with misplaced dots and
 * the line's start cut off.) The fonts come from npm packages (@fontsource, read from node_modules by
 * ./share-fonts.ts: nothing is fetched), registered under names of their own so that no font of the machine
 * is ever picked instead.
 */

/** What the card shows. */
export interface ShareCard {
  /** The card's language: its direction and its fonts. */
  lang: Lang;
  kicker: string;
  headline: string;
  /** "By Hadia Safeer", "By Hadia Safeer and Dispatch Desk", "تحریر: ہادیہ سفیر". */
  byline: string;
  siteName: string;
}

/**
 * The card of an article, in the article's language: its kicker and headline, its authors ("A and B" in the
 * language's words), the site's name.
 */
export function shareCardOf(article: {
  lang: Lang;
  kicker: string;
  title: string;
  authors: readonly { name: string }[];
}): ShareCard {
  const t = dictionaryOf(article.lang);
  const names = formatList(
    article.authors.map((author) => author.name),
    languages[article.lang].locale,
  );
  return {
    lang: article.lang,
    kicker: kickerLabel(article.kicker, article.lang),
    headline: article.title,
    byline: fill(t.share.cardByline, { author: names }),
    siteName: t.site.name,
  };
}

export const WIDTH = 1200;
export const HEIGHT = 630;

/** The site's light-theme colours (src/styles/global.css). */
const colours = { bg: '#fdfcf9', text: '#1d1c1a', muted: '#585650', rule: '#d9d5c9', accent: '#a3262a' };

/** The names the card's fonts are registered under: the card never asks for another. */
const FAMILY = {
  serif: 'Dispatch Card Serif',
  sans: 'Dispatch Card Sans',
  urdu: 'Dispatch Card Urdu',
} as const;

/**
 * The font files the card uses, as paths inside node_modules. Each @fontsource package splits a font into
 * subsets by script; all subsets of a font share its family name here, and Skia picks, run by run, the
 * first family of a font list that has the letters.
 */
const LATIN_SUBSETS = ['latin', 'latin-ext', 'vietnamese', 'cyrillic', 'greek'] as const;
export const SHARE_FONT_FILES: readonly { family: string; file: string }[] = [
  ...LATIN_SUBSETS.map((subset) => ({
    family: FAMILY.serif,
    file: `@fontsource/source-serif-4/files/source-serif-4-${subset}-700-normal.woff`,
  })),
  ...LATIN_SUBSETS.flatMap((subset) =>
    ([400, 700, 800] as const).map((weight) => ({
      family: FAMILY.sans,
      file: `@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`,
    })),
  ),
  ...([400, 700] as const).map((weight) => ({
    family: FAMILY.urdu,
    file: `@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-${weight}-normal.woff`,
  })),
];

/**
 * The card's layout, in pixels: one object, so that the cache key (shareImageKey) changes whenever it does.
 * Nastaliq rises and falls far more than Latin type: Urdu text gets smaller sizes and more line height.
 */
export const LAYOUT = {
  bar: 16,
  padding: { top: 52, side: 72, bottom: 48 },
  kicker: { size: 30, gap: 20 },
  foot: { size: 30, rule: 2, gap: 24 },
  ltr: { lineHeight: 1.12, sizes: [76, 66, 56, 48, 42, 36] },
  rtl: { lineHeight: 1.7, sizes: [64, 58, 52, 46, 40, 35] },
} as const;

const graphemes = new Intl.Segmenter();

/** Headline size in pixels to start from: long headlines get smaller type (before fitting, see layoutHeadline). */
export function headlineSize(headline: string, dir: 'ltr' | 'rtl' = 'ltr'): number {
  // Counted in characters as a reader sees them (grapheme clusters), not UTF-16 code units.
  const length = [...graphemes.segment(headline)].length;
  const sizes = LAYOUT[dir].sizes;
  if (length <= 50) return sizes[0];
  if (length <= 80) return sizes[1];
  if (length <= 115) return sizes[2];
  return sizes[3];
}

/** Measures text at a size: the width a line of it takes. */
export type Measure = (text: string, size: number) => number;

/**
 * Breaks `text` into lines no wider than `width` at word boundaries, measured with `measure`; a word wider
 * than a line stands alone on its line.
 */
export function wrapLines(text: string, width: number, size: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** The headline's lines and size: the largest size from headlineSize down whose lines fit the height. */
export function layoutHeadline(
  headline: string,
  dir: 'ltr' | 'rtl',
  box: { width: number; height: number },
  measure: Measure,
): { size: number; lineHeight: number; lines: string[] } {
  const { lineHeight, sizes } = LAYOUT[dir];
  const start = headlineSize(headline, dir);
  const candidates = sizes.filter((size) => size <= start);
  let fitted = { size: start, lineHeight: start * lineHeight, lines: [headline] };
  for (const size of candidates) {
    const lines = wrapLines(headline, box.width, size, measure);
    fitted = { size, lineHeight: size * lineHeight, lines };
    if (lines.length * size * lineHeight <= box.height) break;
  }
  return fitted;
}

/** Fonts and a fingerprint of everything that shapes the picture besides the card itself. */
export interface ShareFonts {
  fonts: readonly { family: string; data: Buffer }[];
  /** Changes when a font package or the renderer changes version, so that cached images are redrawn. */
  fingerprint: string;
}

/** A key for the cache that changes whenever the picture would: the card's text, the layout, fonts and renderer. */
export function shareImageKey(card: ShareCard, fingerprint: string): string {
  return createHash('sha256')
    .update(JSON.stringify({ card, layout: LAYOUT }))
    .update('\0')
    .update(fingerprint)
    .digest('hex')
    .slice(0, 32);
}

const registered = new Set<string>();

/**
 * Registers the fonts with Skia, once per set of fonts. Skia's font collection belongs to the process, not the
 * thread, and a thread that registers fonts while another draws changes that other's card (seen: one card drawn
 * two ways while a second thread registered): a thread that finds the fonts there leaves them alone, and the card
 * threads start one after another (card-workers.ts).
 */
export function registerShareFonts(fonts: ShareFonts): void {
  if (registered.has(fonts.fingerprint)) return;
  const families = new Set(fonts.fonts.map((font) => font.family));
  if (![...families].every((family) => GlobalFonts.has(family))) {
    for (const font of fonts.fonts) GlobalFonts.register(font.data, font.family);
  }
  registered.add(fonts.fingerprint);
}

/** The CSS font of a card text: the language's family first, the Latin sans serif after it for what it lacks. */
function font(lang: Lang, weight: number, size: number, role: 'headline' | 'text'): string {
  const families =
    languages[lang].dir === 'rtl'
      ? [FAMILY.urdu, FAMILY.sans]
      : role === 'headline'
        ? [FAMILY.serif, FAMILY.sans]
        : [FAMILY.sans];
  return `${weight} ${size}px ${families.map((family) => `"${family}"`).join(', ')}`;
}

/**
 * The canvas every card of this thread is drawn on, made on first use. One for all: a new canvas a card allocated
 * 3 MB of pixels outside the JavaScript heap, freed only later by a finalizer, and the build kept that memory after
 * the card threads stopped. Each card paints every pixel (the background first) and sets every property it draws
 * with, so nothing of the last card shows.
 */
let shared: Canvas | undefined;

/** Draws the card as a PNG: accent bar, kicker and headline at the top, byline and site name at the foot. */
export function renderShareImage(card: ShareCard, fonts: ShareFonts): Buffer {
  registerShareFonts(fonts);
  const { dir } = languages[card.lang];
  const rtl = dir === 'rtl';
  const canvas = (shared ??= createCanvas(WIDTH, HEIGHT));
  const ctx = canvas.getContext('2d');
  ctx.direction = dir;
  ctx.textAlign = 'start';
  ctx.textBaseline = 'alphabetic';
  const { padding, kicker, foot } = LAYOUT;
  // The reading side: text starts at the left margin in English, at the right margin in Urdu.
  const start = rtl ? WIDTH - padding.side : padding.side;
  const end = rtl ? padding.side : WIDTH - padding.side;
  const width = WIDTH - 2 * padding.side;

  ctx.fillStyle = colours.bg;
  ctx.fillRect(0, 0, WIDTH, HEIGHT);
  ctx.fillStyle = colours.accent;
  ctx.fillRect(0, 0, WIDTH, LAYOUT.bar);

  // The kicker, in capitals with a little tracking where the script has capitals (Urdu has neither).
  let y = LAYOUT.bar + padding.top + kicker.size;
  ctx.font = font(card.lang, 700, kicker.size, 'text');
  ctx.letterSpacing = rtl ? '0px' : '2px';
  ctx.fillStyle = colours.accent;
  ctx.fillText(rtl ? card.kicker : card.kicker.toLocaleUpperCase(languages[card.lang].locale), start, y);
  ctx.letterSpacing = '0px';

  // The foot: a rule, then the byline on the reading side and the site's name on the other.
  const footBaseline = HEIGHT - padding.bottom - Math.round(foot.size * 0.3);
  const ruleY = footBaseline - foot.size - foot.gap;
  ctx.fillStyle = colours.rule;
  ctx.fillRect(padding.side, ruleY, width, foot.rule);
  ctx.font = font(card.lang, 400, foot.size, 'text');
  ctx.fillStyle = colours.muted;
  ctx.fillText(card.byline, start, footBaseline, width * 0.7);
  ctx.font = font(card.lang, 800, foot.size, 'text');
  ctx.fillStyle = colours.text;
  ctx.textAlign = 'end';
  ctx.fillText(card.siteName, end, footBaseline);
  ctx.textAlign = 'start';

  // The headline fills the space between, wrapped at words and made smaller until it fits.
  const top = y + kicker.gap;
  const measure = (text: string, size: number) => measureAt(ctx, card.lang, text, size);
  const headline = layoutHeadline(card.headline, dir, { width, height: ruleY - foot.gap - top }, measure);
  ctx.font = font(card.lang, 700, headline.size, 'headline');
  ctx.fillStyle = colours.text;
  // The first line hangs from the top by its tallest letter: Nastaliq's rise far above the x-height.
  y = top + Math.max(...headline.lines.map((line) => ctx.measureText(line).actualBoundingBoxAscent));
  for (const line of headline.lines) {
    ctx.fillText(line, start, y);
    y += headline.lineHeight;
  }
  return encodePng(canvas.data(), WIDTH, HEIGHT, PNG_COMPRESSION);
}

/**
 * zlib's compression level for the card's PNG: part of the cache's fingerprint (share-fonts.ts). Level 3 instead of
 * 6: 2.6 instead of 8.4 ms to deflate a card's rows, for a file about a fifth larger, the same pixels.
 */
export const PNG_COMPRESSION = 3;

/** The width of a line of headline text at a size, as Skia shapes it. */
function measureAt(ctx: SKRSContext2D, lang: Lang, text: string, size: number): number {
  ctx.font = font(lang, 700, size, 'headline');
  return ctx.measureText(text).width;
}
