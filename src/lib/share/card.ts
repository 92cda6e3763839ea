import { createHash } from 'node:crypto';
import satori, { type Font } from 'satori';
import sharp from 'sharp';
import { editorialStrings } from '../../config/editorial-strings.ts';
import { formatList } from '../format.ts';

/**
 * The share image of an article: a 1200×630 PNG card with the kicker, the headline, the byline and the
 * site name, shown by social sites and chat apps when the article is shared (og:image, which X reads too,
 * JSON-LD). satori lays the card out (flexbox, line wrapping) and turns its text into shapes with fonts
 * from npm packages (@fontsource, read from node_modules by ./card-cache.ts: nothing is fetched); sharp draws
 * the PNG. Pure: the fonts come in as bytes.
 */

/** What the card shows. */
export interface ShareCard {
  kicker: string;
  headline: string;
  /** "By Hadia Safeer", "By Hadia Safeer and Dispatch Desk". */
  byline: string;
  siteName: string;
}

/** The card of an article: its kicker and headline, "By" its authors ("A and B"), and the site's name. */
export function shareCardOf(
  article: { kicker: string; title: string; authors: readonly { name: string }[] },
  siteName: string,
  locale: string,
): ShareCard {
  const names = formatList(
    article.authors.map((author) => author.name),
    locale,
  );
  return {
    kicker: article.kicker,
    headline: article.title,
    byline: `${editorialStrings.by} ${names}`,
    siteName,
  };
}

/** A satori element: the shape React elements have, without React. */
export interface CardElement {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardElement | CardElement[] };
}

// libvips keeps recent operations and their images in a cache for reuse; every card is drawn once, so the
// cache only holds memory (about 140 MB more at the end of a 1,000-article build).
sharp.cache(false);

export const WIDTH = 1200;
export const HEIGHT = 630;

/** The site's light-theme colours (src/styles/global.css). */
const colours = { bg: '#fdfcf9', text: '#1d1c1a', muted: '#585650', rule: '#d9d5c9', accent: '#a3262a' };

/**
 * The fonts, from the @fontsource packages. Each package splits a font into subsets by script; satori
 * falls back from one font to the next only across differently named families, so every subset is its
 * own family and the card's font-family lists them all (SERIF, SANS).
 */
const SUBSETS = ['latin', 'latin-ext', 'vietnamese', 'cyrillic', 'greek'] as const;
/** The font files the card uses, as paths inside node_modules. */
export const SHARE_FONT_FILES = [
  ...SUBSETS.map((subset) => ({
    name: `Source Serif 4 ${subset}`,
    weight: 700 as const,
    file: `@fontsource/source-serif-4/files/source-serif-4-${subset}-700-normal.woff`,
  })),
  ...SUBSETS.flatMap((subset) =>
    ([400, 700, 800] as const).map((weight) => ({
      name: `Inter ${subset}`,
      weight,
      file: `@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`,
    })),
  ),
];
const family = (name: string) => SUBSETS.map((subset) => `${name} ${subset}`).join(', ');
const SERIF = family('Source Serif 4');
const SANS = family('Inter');

const graphemes = new Intl.Segmenter();

/** Headline size in pixels: long headlines get smaller type, so that the longest allowed (120 characters, src/lib/content/schema.ts) fits with room to spare. */
export function headlineSize(headline: string): number {
  // Counted in characters as a reader sees them (grapheme clusters), not UTF-16 code units.
  const length = [...graphemes.segment(headline)].length;
  if (length <= 50) return 76;
  if (length <= 80) return 66;
  if (length <= 115) return 56;
  return 48;
}

const div = (style: Record<string, string | number>, children?: CardElement['props']['children']) =>
  ({
    type: 'div',
    props: children === undefined ? { style } : { style, children },
  }) as const satisfies CardElement;

/** The card's layout: an accent bar, kicker and headline at the top, byline and site name at the foot. */
export function shareCardTree(card: ShareCard): CardElement {
  return div(
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      background: colours.bg,
      color: colours.text,
      fontFamily: SANS,
    },
    [
      // satori drops the last row when the root has a border, so the accent is a bar of its own.
      div({ height: 16, background: colours.accent }),
      div(
        {
          flexGrow: 1,
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '52px 72px 48px',
        },
        [
          div({ display: 'flex', flexDirection: 'column' }, [
            div(
              {
                fontSize: 30,
                fontWeight: 700,
                color: colours.accent,
                letterSpacing: 2,
                textTransform: 'uppercase',
              },
              card.kicker,
            ),
            div(
              {
                marginTop: 20,
                fontFamily: SERIF,
                fontWeight: 700,
                fontSize: headlineSize(card.headline),
                lineHeight: 1.12,
              },
              card.headline,
            ),
          ]),
          div(
            {
              display: 'flex',
              justifyContent: 'space-between',
              alignItems: 'center',
              paddingTop: 24,
              borderTop: `2px solid ${colours.rule}`,
              fontSize: 30,
              color: colours.muted,
            },
            [
              // A long byline (up to four authors) wraps rather than pushing the site's name off the card.
              div({ flexShrink: 1, paddingRight: 32 }, card.byline),
              div({ flexShrink: 0, fontWeight: 800, color: colours.text }, card.siteName),
            ],
          ),
        ],
      ),
    ],
  );
}

/** Fonts and a fingerprint of everything that shapes the picture besides the card itself. */
export interface ShareFonts {
  fonts: Font[];
  /** Changes when a font package or the renderer changes version, so that cached images are redrawn. */
  fingerprint: string;
}

/** A key for the cache that changes whenever the picture would: the card's layout and text, fonts and renderer. */
export function shareImageKey(card: ShareCard, fingerprint: string): string {
  return createHash('sha256')
    .update(JSON.stringify(shareCardTree(card)))
    .update('\0')
    .update(fingerprint)
    .digest('hex')
    .slice(0, 32);
}

/** Draws the card as a PNG. */
export async function renderShareImage(card: ShareCard, { fonts }: ShareFonts): Promise<Buffer> {
  const svg = await satori(shareCardTree(card), { width: WIDTH, height: HEIGHT, fonts });
  return sharp(Buffer.from(svg)).png().toBuffer();
}
