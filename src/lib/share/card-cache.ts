import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import sharp from 'sharp';
import { cacheDir, timings } from '../../config/env.ts';
import {
  renderShareImage,
  SHARE_FONT_FILES,
  shareImageKey,
  type ShareCard,
  type ShareFonts,
} from './card.ts';

/**
 * Share images are drawn once and kept in the build cache (DISPATCH_CACHE_DIR/share-images/), keyed by
 * everything that shapes the picture: a rebuild redraws only the cards whose text, layout or fonts changed.
 * Drawing costs tens of milliseconds per card; reading a cached one, well under one.
 */

const folder = join(cacheDir, 'share-images');
let fonts: ShareFonts | undefined;

// DISPATCH_TIMINGS=1 (the benchmark): the time spent drawing cards, summed over cards, logged when the build ends.
// Cards are drawn on the main thread while other pages render (@napi-rs/canvas draws synchronously).
const drawing = { cards: 0, ms: 0 };
if (timings) {
  process.once('exit', () => {
    console.log(
      `[dispatch] share cards: ${String(drawing.cards)} drawn in ${(drawing.ms / 1000).toFixed(1)} s of drawing time`,
    );
  });
}

/** The PNG of a card: from the cache when it is there, drawn (and cached) otherwise. */
export async function shareImagePng(card: ShareCard): Promise<Buffer> {
  fonts ??= loadShareFonts();
  const file = join(folder, `${shareImageKey(card, fonts.fingerprint)}.png`);
  if (existsSync(file)) return readFileSync(file);
  const started = performance.now();
  const png = await renderShareImage(card, fonts);
  drawing.cards++;
  drawing.ms += performance.now() - started;
  mkdirSync(folder, { recursive: true });
  // Written under a temporary name and renamed, so that a build stopped halfway never leaves half a PNG.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return png;
}

/**
 * Reads the fonts from node_modules. Resolved from the working directory (the project root during a build),
 * not from this module, which Astro bundles into the build's output folder.
 */
export function loadShareFonts(root: string = process.cwd()): ShareFonts {
  const require = createRequire(join(root, 'package.json'));
  const fonts = SHARE_FONT_FILES.map(({ family, file }) => ({
    family,
    data: readFileSync(require.resolve(file)),
  }));
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
  // The encoder is part of the picture's bytes: a card drawn by an older encoding is drawn again.
  return { fonts, fingerprint: [...versions, `sharp@${sharp.versions.sharp}`, 'png:rgb'].join(' ') };
}
