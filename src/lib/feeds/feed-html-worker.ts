import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Turns article bodies into feed HTML (./feed-html.ts) on a thread of their own instead of the build's main thread.
 *
 * Why: parsing each body (parse5) and writing it again costs about 5 ms an article, some 1,000 articles at 5,000
 * (the site's feed and one per tag and series, twenty bodies each), and the feeds are generated at the end of the
 * pages, when the share-card threads are done and a core would otherwise wait: there the main thread renders the
 * feeds while this thread rewrites their bodies. The thread runs the same feedHtml, so the feeds are the same, byte
 * for byte (tests/unit/feeds/feed-html-worker.test.ts).
 *
 * The thread starts with the first body and holds the process open only while it has one, so that the build ends
 * when its work does; idle for a second, it stops, and its memory goes with it (the search index is built next,
 * within a memory budget), to start again if another body comes. A thread that fails or ends unasked breaks the
 * rewriting: every body waiting is refused with the reason, and so is every later one, so that no feed waits on a
 * thread that is gone.
 */

/** A body to rewrite, as the thread receives it. */
export interface FeedHtmlJob {
  id: number;
  html: string;
  pageUrl: string;
}

/** The thread's answer: the feed HTML, or why it could not be made. */
export type FeedHtmlReply = { id: number; html: string } | { id: number; error: string };

/**
 * The thread's script, from the project root like the share cards' (../share/card-workers.ts): this module is
 * bundled into the build's output folder, where no file sits beside it. Node runs the TypeScript as it is.
 */
const threadScript = () => pathToFileURL(join(process.cwd(), 'src/lib/feeds/feed-html-thread.ts'));

/** How long the thread waits idle before it stops. */
const IDLE_MS = 1000;

export class FeedHtmlThread {
  readonly #script: URL;
  #worker: Worker | undefined;
  /** Threads stopped for being idle: their exit is not a failure. */
  readonly #retired = new WeakSet<Worker>();
  #idleTimer: NodeJS.Timeout | undefined;
  readonly #pending = new Map<number, { resolve: (html: string) => void; reject: (error: Error) => void }>();
  #nextId = 0;
  #broken: Error | undefined;

  constructor(script: URL = threadScript()) {
    this.#script = script;
  }

  /** `html` (an article body) as feed HTML, with its links resolved against `pageUrl`. */
  feedHtml(html: string, pageUrl: string): Promise<string> {
    return new Promise((resolve, reject) => {
      if (this.#broken) {
        reject(this.#broken);
        return;
      }
      clearTimeout(this.#idleTimer);
      const worker = (this.#worker ??= this.#start());
      const id = this.#nextId++;
      this.#pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, html, pageUrl } satisfies FeedHtmlJob);
    });
  }

  /** Stops the thread; bodies still waiting are refused. */
  async close(): Promise<void> {
    clearTimeout(this.#idleTimer);
    this.#fail(new Error('the feed HTML thread was stopped'));
    await this.#worker?.terminate();
  }

  /** Whether a thread is running (it stops when idle). */
  get running(): boolean {
    return this.#worker !== undefined;
  }

  #start(): Worker {
    const worker = new Worker(this.#script);
    worker.on('message', (reply: FeedHtmlReply) => {
      const task = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      if ('error' in reply) task?.reject(new Error(reply.error));
      else task?.resolve(reply.html);
      // Held open only while it has bodies: a build waiting on one must not end, a finished one must.
      if (this.#pending.size === 0) {
        worker.unref();
        this.#idleTimer = setTimeout(() => {
          this.#retire(worker);
        }, IDLE_MS).unref();
      }
    });
    worker.on('error', (error: Error) => {
      this.#fail(error);
    });
    worker.on('exit', (code) => {
      if (this.#retired.has(worker)) return;
      this.#fail(new Error(`the feed HTML thread ended (exit code ${String(code)})`));
    });
    return worker;
  }

  /** Stops an idle thread; the next body starts another. */
  #retire(worker: Worker): void {
    if (this.#worker !== worker || this.#pending.size > 0) return;
    this.#retired.add(worker);
    this.#worker = undefined;
    void worker.terminate();
  }

  #fail(reason: Error): void {
    this.#broken ??= reason;
    for (const task of this.#pending.values()) task.reject(this.#broken);
    this.#pending.clear();
  }
}
