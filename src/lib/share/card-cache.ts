import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, timings } from '../../config/env.ts';
import { shareImageKey, type ShareCard } from './card.ts';
import { cardFilesOfBuild } from './card-files.ts';
import { CardWorkers } from './card-workers.ts';
import { shareFontsFingerprint } from './share-fonts.ts';

/**
 * Share images are drawn once and kept in the build cache (DISPATCH_CACHE_DIR/share-images/), keyed by
 * everything that shapes the picture: a rebuild redraws only the cards whose text, layout or fonts changed.
 * Drawing costs about 8 ms of processor time a card; reading a cached one, well under one.
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
    drawn = workers.draw(card, file).then(({ ms }) => {
      drawing.cards++;
      drawing.ms += ms;
    });
    inProgress.set(file, drawn);
    // A card drawn ahead that fails is reported to the page that asks for it, not as an unhandled rejection.
    drawn.catch(() => undefined);
  }
  return drawn;
}

/**
 * In a build that places the share cards (src/integrations/share-cards.ts): sets every card that is not in the cache
 * drawing, on worker threads while the pages render, and hands each card's path in the site and its file in the
 * cache to the integration, which puts them in the output folder once the drawings have ended.
 */
export function planShareCards(cards: readonly { path: string; card: ShareCard }[]): void {
  const build = cardFilesOfBuild();
  if (!build) return;
  for (const { path, card } of cards) {
    const file = cacheFile(card);
    build.files.set(path, file);
    if (!existsSync(file)) build.drawings.push(drawInto(card, file));
  }
  // Once the build's cards are drawn, the threads stop and free their memory before the search index is built
  // (one Pagefind process of about 0.5 GB at a time, beside this one).
  void Promise.allSettled(build.drawings).then(() => workers.stopIdle());
}

/** The PNG of a card: from the cache when it is there, drawn (and cached) otherwise. */
export async function shareImagePng(card: ShareCard): Promise<Buffer> {
  const file = cacheFile(card);
  if (inProgress.has(file) || !existsSync(file)) await drawInto(card, file);
  return readFileSync(file);
}
