/**
 * One share-card drawing thread (see card-workers.ts): loads and registers the fonts once, says it is ready, then
 * draws each card it is sent
 * with renderShareImage, the same code the main thread would run, and sends back the PNG and the time it took.
 */
import { parentPort } from 'node:worker_threads';
import { registerShareFonts, renderShareImage } from './card.ts';
import type { CardJob, CardReply } from './card-workers.ts';
import { loadShareFonts } from './share-fonts.ts';

const port = parentPort;
if (!port) throw new Error('card-thread.ts runs as a worker thread only');

const fonts = loadShareFonts();
registerShareFonts(fonts);
// Ready to draw: the pool starts the next thread only now, so that no thread registers fonts while another draws.
port.postMessage({ ready: true } satisfies CardReply);

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
