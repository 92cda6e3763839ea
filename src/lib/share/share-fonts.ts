import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { sourceDigest } from '../content/loaders/source-digest.ts';
import { PNG_COMPRESSION, SHARE_FONT_FILES, type ShareFonts } from './card.ts';

/**
 * Reads the share cards' fonts from node_modules. Resolved from the working directory (the project root during a
 * build), not from this module, which Astro bundles into the build's output folder.
 */
export function loadShareFonts(root: string = process.cwd()): ShareFonts {
  const require = createRequire(join(root, 'package.json'));
  const fonts = SHARE_FONT_FILES.map(({ family, file }) => ({
    family,
    data: readFileSync(require.resolve(file)),
  }));
  return { fonts, fingerprint: shareFontsFingerprint(root) };
}

/** The module that draws a card: with what it imports, part of the fingerprint. */
const DRAWING_CODE = 'src/lib/share/card.ts';

/**
 * What shapes a card's picture besides the card itself: the versions of the font packages, the renderer and the
 * encoder with its settings, and the drawing code. Enough for the cache's keys, without reading the fonts.
 */
export function shareFontsFingerprint(root: string = process.cwd()): string {
  const require = createRequire(join(root, 'package.json'));
  const packages = [
    '@fontsource/inter',
    '@fontsource/source-serif-4',
    '@fontsource/noto-nastaliq-urdu',
    '@napi-rs/canvas',
  ];
  const versions = packages.map((pkg) => {
    const { version } = JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as {
      version: string;
    };
    return `${pkg}@${version}`;
  });
  // The encoder and its settings are part of the picture's bytes: a card encoded otherwise is drawn again.
  const encoding = `zlib@${process.versions.zlib} png:rgba:level${String(PNG_COMPRESSION)}`;
  // So is the drawing code (colours, positions, the encoder): a card drawn by other code is drawn again.
  const code = `code:${sourceDigest([DRAWING_CODE], root)}`;
  return [...versions, encoding, code].join(' ');
}
