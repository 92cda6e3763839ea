import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
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

/**
 * What shapes a card's picture besides the card itself: the versions of the font packages, the renderer and the
 * encoder with its settings. Enough for the cache's keys, without reading the fonts.
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
  return [...versions, encoding].join(' ');
}
