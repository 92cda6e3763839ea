/**
 * One share-card drawing thread (see card-workers.ts): loads the fonts once, then draws each card it is sent
 * with renderShareImage, the same code the main thread would run, and sends back the PNG and the time it took.
 */
import { parentPort } from 'node:worker_threads';
import { renderShareImage } from './card.ts';
import type { CardJob, CardReply } from './card-workers.ts';
import { loadShareFonts } from './share-fonts.ts';

const port = parentPort;
if (!port) throw new Error('card-thread.ts runs as a worker thread only');

const fonts = loadShareFonts();

port.on('message', (job: CardJob) => {
  const started = performance.now();
  renderShareImage(job.card, fonts).then(
    (png) => {
      const reply: CardReply = { id: job.id, png, ms: performance.now() - started };
      port.postMessage(reply);
    },
    (error: unknown) => {
      const reply: CardReply = { id: job.id, error: error instanceof Error ? error.message : String(error) };
      port.postMessage(reply);
    },
  );
});
