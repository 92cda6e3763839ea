/**
 * One share-card drawing thread (see card-workers.ts): loads and registers the fonts once, says it is ready, then
 * draws each card it is sent with renderShareImage, the same code the main thread would run, writes the PNG to the
 * file it is given, and answers with the time it took.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort, threadId } from 'node:worker_threads';
import { registerShareFonts, renderShareImage } from './card.ts';
import type { CardJob, CardReply } from './card-workers.ts';
import { loadShareFonts } from './share-fonts.ts';

const port = parentPort;
if (!port) throw new Error('card-thread.ts runs as a worker thread only');

const fonts = loadShareFonts();
registerShareFonts(fonts);
// Ready to draw: the pool starts the next thread only now, so that no thread registers fonts while another draws.
port.postMessage({ ready: true } satisfies CardReply);

/**
 * Cards received and not yet drawn. One card is drawn per turn of the event loop (setImmediate), never one message
 * after another: a canvas's pixels live outside the JavaScript heap and are freed by finalizers that run between
 * turns, and the pool sends the next card as soon as one is done, so a thread that drew in its message handler
 * never left it: 2,000 cards grew two threads to 6 GB, at twice the time a card (20 against 8 ms).
 */
const queue: CardJob[] = [];

port.on('message', (job: CardJob) => {
  queue.push(job);
  if (queue.length === 1) setImmediate(drawNext);
});

function drawNext(): void {
  const job = queue.shift();
  if (!job) return;
  port?.postMessage(draw(job));
  if (queue.length > 0) setImmediate(drawNext);
}

/** Draws a card into its file: the reply the pool waits for. */
function draw(job: CardJob): CardReply {
  const started = performance.now();
  try {
    const png = renderShareImage(job.card, fonts);
    mkdirSync(dirname(job.file), { recursive: true });
    // Written under a temporary name and renamed, so that a build stopped halfway never leaves half a PNG.
    const partial = `${job.file}.${String(process.pid)}-${String(threadId)}.tmp`;
    writeFileSync(partial, png);
    renameSync(partial, job.file);
    return { id: job.id, ms: performance.now() - started };
  } catch (error) {
    return { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
}
