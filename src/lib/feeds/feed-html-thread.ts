/**
 * The feeds' HTML thread (see feed-html-worker.ts): turns each article body it is sent into feed HTML with
 * feedHtml, the same code the main thread would run, and answers with the result or why it failed.
 */
import { parentPort } from 'node:worker_threads';
import { feedHtml } from './feed-html.ts';
import type { FeedHtmlJob, FeedHtmlReply } from './feed-html-worker.ts';

const port = parentPort;
if (!port) throw new Error('feed-html-thread.ts runs as a worker thread only');

port.on('message', ({ id, html, pageUrl }: FeedHtmlJob) => {
  let reply: FeedHtmlReply;
  try {
    reply = { id, html: feedHtml(html, pageUrl) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
