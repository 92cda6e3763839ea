import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, timings } from '../../config/env.ts';
import { shareImageKey, type ShareCard } from './card.ts';
import { CardWorkers } from './card-workers.ts';
import { shareFontsFingerprint } from './share-fonts.ts';

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

/** Cards being drawn, by their file in the cache: a card asked for while drawn ahead is not drawn twice. */
const inProgress = new Map<string, Promise<void>>();

/** The file of a card in the cache. */
function cacheFile(card: ShareCard): string {
  fingerprint ??= shareFontsFingerprint();
  return join(folder, `${shareImageKey(card, fingerprint)}.png`);
}

/** Draws a card on a worker thread into the cache (once, however often it is asked for). */
function drawInto(card: ShareCard, file: string): Promise<void> {
  let drawn = inProgress.get(file);
  if (!drawn) {
    drawn = workers.draw(card).then(({ png, ms }) => {
      drawing.cards++;
      drawing.ms += ms;
      mkdirSync(folder, { recursive: true });
      // Written under a temporary name and renamed, so that a build stopped halfway never leaves half a PNG.
      const partial = `${file}.${String(process.pid)}.tmp`;
      writeFileSync(partial, png);
      renameSync(partial, file);
    });
    inProgress.set(file, drawn);
    // A card drawn ahead that fails is reported to the page that asks for it, not as an unhandled rejection.
    drawn.catch(() => undefined);
  }
  return drawn;
}

/**
 * Sets every card that is not in the cache drawing, in the background (see src/integrations/share-cards-last.ts):
 * the PNGs go to the cache, where shareImagePng finds them.
 */
export function drawAhead(cards: readonly ShareCard[]): void {
  for (const card of cards) {
    const file = cacheFile(card);
    if (!existsSync(file)) void drawInto(card, file);
  }
}

/** The PNG of a card: from the cache when it is there, drawn (and cached) otherwise. */
export async function shareImagePng(card: ShareCard): Promise<Buffer> {
  const file = cacheFile(card);
  if (inProgress.has(file) || !existsSync(file)) await drawInto(card, file);
  return readFileSync(file);
}
