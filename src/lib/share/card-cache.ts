import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, timings } from '../../config/env.ts';
import { shareImageKey, type ShareCard } from './card.ts';
import { CardWorkers } from './card-workers.ts';
import { loadShareFonts } from './share-fonts.ts';

/**
 * Share images are drawn once and kept in the build cache (DISPATCH_CACHE_DIR/share-images/), keyed by
 * everything that shapes the picture: a rebuild redraws only the cards whose text, layout or fonts changed.
 * Drawing costs tens of milliseconds per card; reading a cached one, well under one.
 */

const folder = join(cacheDir, 'share-images');
let fingerprint: string | undefined;
const workers = new CardWorkers();

// DISPATCH_TIMINGS=1 (the benchmark): the time spent drawing cards, summed over cards, logged when the build ends.
// Cards are drawn on worker threads while pages render (card-workers.ts).
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
  fingerprint ??= loadShareFonts().fingerprint;
  const file = join(folder, `${shareImageKey(card, fingerprint)}.png`);
  if (existsSync(file)) return readFileSync(file);
  const { png, ms } = await workers.draw(card);
  drawing.cards++;
  drawing.ms += ms;
  mkdirSync(folder, { recursive: true });
  // Written under a temporary name and renamed, so that a build stopped halfway never leaves half a PNG.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return png;
}
