import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ShareCard } from './card.ts';

/**
 * Draws share cards on worker threads instead of the build's main thread, each into a file.
 *
 * Why: @napi-rs/canvas shapes, draws and hands over its pixels synchronously (about 4 ms a card) and the PNG is
 * then encoded (about 4 ms, ./png.ts): on the main thread that would hold up every page. On one thread per core,
 * the cards are drawn while the main thread renders the site's pages, and each thread writes its PNGs itself, so
 * the main thread never handles their bytes. The threads run the same renderShareImage with the same fonts, so a
 * card is the same PNG, byte for byte, wherever it is drawn (tests/unit/share/card-workers.test.ts).
 *
 * The threads start with the first card to draw (a rebuild that finds every card in the cache starts none) and
 * hold the process open only while they have a card, so that the build ends when its work does.
 */

/** A card to draw, as a thread receives it, and the file its PNG goes to. */
export interface CardJob {
  id: number;
  card: ShareCard;
  file: string;
}

/** A thread's message: ready to draw, or a card written and its drawing time in milliseconds, or why it failed. */
export type CardReply = { ready: true } | { id: number; ms: number } | { id: number; error: string };

interface Task {
  job: CardJob;
  resolve: (drawn: { ms: number }) => void;
  reject: (error: Error) => void;
}

/** Cards a thread is given at a time: the next one is there when it finishes one, without a round trip. */
const CARDS_PER_THREAD = 2;

/**
 * The drawing thread's script, from the project root like the fonts (share-fonts.ts): this module is bundled into
 * the build's output folder, where no file sits beside it. Node runs the TypeScript as it is.
 */
const threadScript = () => pathToFileURL(join(process.cwd(), 'src/lib/share/card-thread.ts'));

/** A pool of drawing threads, started on first use. */
export class CardWorkers {
  readonly #threads: number;
  readonly #script: URL;
  readonly #workers: Worker[] = [];
  /** The threads that have their fonts and can draw. */
  readonly #ready: Worker[] = [];
  /** Cards sent to each thread and not yet answered. */
  readonly #inFlight = new Map<Worker, number>();
  readonly #queue: Task[] = [];
  readonly #pending = new Map<number, Task>();
  /** Threads stopped by `stopIdle`: their exit is not a failure. */
  readonly #stopped = new WeakSet<Worker>();
  #nextId = 0;
  #broken: Error | undefined;

  /**
   * One thread per core: Astro generates a route's pages together, so while the cards' route is generated the main
   * thread only waits for them.
   */
  constructor(threads: number = availableParallelism(), script: URL = threadScript()) {
    this.#threads = threads;
    this.#script = script;
  }

  /** Draws a card on the next free thread into `file` (written whole or not at all). */
  draw(card: ShareCard, file: string): Promise<{ ms: number }> {
    return new Promise((resolve, reject) => {
      if (this.#broken) {
        reject(this.#broken);
        return;
      }
      if (this.#workers.length === 0) this.#startThread();
      this.#queue.push({ job: { id: this.#nextId++, card, file }, resolve, reject });
      this.#next();
    });
  }

  /** How many threads are running or starting. */
  get threads(): number {
    return this.#workers.length;
  }

  /**
   * Stops the threads when no card is waiting or being drawn, and their memory goes with them (their heaps, fonts
   * and Skia's caches); a card asked for later starts them again.
   */
  async stopIdle(): Promise<void> {
    if (this.#queue.length > 0 || this.#pending.size > 0) return;
    const workers = this.#workers.splice(0);
    this.#ready.length = 0;
    for (const worker of workers) {
      this.#stopped.add(worker);
      this.#inFlight.delete(worker);
    }
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  /** Stops the threads; cards still waiting are refused. */
  async close(): Promise<void> {
    this.#fail(new Error('the share-card threads were stopped'));
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }

  /**
   * Starts one thread. Threads start one after another, each once the last has its fonts: Skia's fonts belong to the
   * process, and a thread registering them while another draws would change that other's card (card.ts).
   */
  #startThread(): void {
    const worker = new Worker(this.#script);
    worker.on('message', (reply: CardReply) => {
      if (this.#stopped.has(worker)) return;
      if ('ready' in reply) {
        this.#ready.push(worker);
        if (this.#workers.length < this.#threads) this.#startThread();
      } else {
        this.#settle(reply);
        this.#inFlight.set(worker, (this.#inFlight.get(worker) ?? 1) - 1);
      }
      // Held open only while it has cards: a build waiting on a card must not end, a finished one must.
      if ((this.#inFlight.get(worker) ?? 0) === 0) worker.unref();
      this.#next();
    });
    // A thread that fails or ends takes the pool down: every card waiting is refused with the reason, and so is
    // every later one, so that no page waits on a thread that is gone.
    worker.on('error', (error: Error) => {
      this.#fail(error);
    });
    worker.on('exit', (code) => {
      if (this.#stopped.has(worker)) return;
      this.#fail(new Error(`a share-card thread ended (exit code ${String(code)})`));
    });
    this.#workers.push(worker);
    this.#inFlight.set(worker, 0);
  }

  #next(): void {
    while (this.#queue.length > 0) {
      const worker = this.#ready.find((w) => (this.#inFlight.get(w) ?? 0) < CARDS_PER_THREAD);
      const task = worker && this.#queue.shift();
      if (!worker || !task) return;
      this.#pending.set(task.job.id, task);
      this.#inFlight.set(worker, (this.#inFlight.get(worker) ?? 0) + 1);
      // Held open while it draws: a build waiting only on a card must not end.
      worker.ref();
      worker.postMessage(task.job);
    }
  }

  #settle(reply: Exclude<CardReply, { ready: true }>): void {
    const task = this.#pending.get(reply.id);
    this.#pending.delete(reply.id);
    if ('error' in reply) task?.reject(new Error(`share card "${task.job.card.headline}": ${reply.error}`));
    else task?.resolve({ ms: reply.ms });
  }

  #fail(reason: Error): void {
    this.#broken ??= reason;
    for (const task of [...this.#pending.values(), ...this.#queue]) task.reject(this.#broken);
    this.#pending.clear();
    this.#queue.length = 0;
  }
}
