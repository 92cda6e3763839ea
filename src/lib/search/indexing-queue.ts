/**
 * Runs the search index's Pagefind processes (src/integrations/pagefind.ts), one per shard, in the order they
 * are added, as many at once as the cores and the build's memory allow.
 *
 * Why: one Pagefind process keeps about 1.2 of a machine's cores busy, so on two cores a second shard indexed
 * beside the first finishes the index sooner (two shards of 1,000 pages: 6.3 s at once against 10.1 s one after
 * the other). But each process holds its shard in memory (about 0.6 MB a page), so a process starts beside
 * others only if the build's own resident memory, the estimates of the running processes and its own stay within
 * the budget; the first always starts, so that a build over the budget still finishes, one shard at a time.
 * Pure scheduling: the jobs and the memory reading are given, so that tests can give them any behaviour.
 */

/** What the queue may use. */
export interface QueueLimits {
  /** At most this many jobs at once (the cores). */
  maxRunning: number;
  /** Bytes the build may hold at once: the build process and the running jobs' estimates together. */
  budget: number;
  /** The build process's resident memory now, in bytes. */
  resident: () => number;
}

interface Job {
  estimate: number;
  run: () => Promise<void>;
}

export class IndexingQueue {
  readonly #limits: QueueLimits;
  readonly #waiting: Job[] = [];
  #running = 0;
  #runningEstimate = 0;
  #mostAtOnce = 0;
  #failure: { error: unknown } | undefined;
  readonly #idle: (() => void)[] = [];

  constructor(limits: QueueLimits) {
    if (!Number.isInteger(limits.maxRunning) || limits.maxRunning < 1) {
      throw new Error(
        `IndexingQueue: maxRunning must be a whole number above 0, got ${String(limits.maxRunning)}`,
      );
    }
    this.#limits = limits;
  }

  /** Queues `run`, whose process is expected to hold `estimate` bytes; it starts as soon as the limits allow. */
  add(estimate: number, run: () => Promise<void>): void {
    if (this.#failure) return;
    this.#waiting.push({ estimate, run });
    this.#startWhatFits();
  }

  /** The most jobs that ran at once so far. */
  get mostAtOnce(): number {
    return this.#mostAtOnce;
  }

  /**
   * Settles when every job added so far has ended: rejects with the first failure, once the jobs running at that
   * moment have ended too (no job starts after a failure).
   */
  async done(): Promise<void> {
    if (this.#running > 0 || this.#waiting.length > 0) {
      await new Promise<void>((resolve) => {
        this.#idle.push(resolve);
      });
    }
    if (this.#failure) throw this.#failure.error;
  }

  #fits(job: Job): boolean {
    if (this.#running === 0) return true;
    if (this.#running >= this.#limits.maxRunning) return false;
    return this.#limits.resident() + this.#runningEstimate + job.estimate <= this.#limits.budget;
  }

  #startWhatFits(): void {
    for (let job = this.#waiting[0]; job && !this.#failure && this.#fits(job); job = this.#waiting[0]) {
      this.#waiting.shift();
      this.#start(job);
    }
  }

  #start(job: Job): void {
    this.#running++;
    this.#runningEstimate += job.estimate;
    this.#mostAtOnce = Math.max(this.#mostAtOnce, this.#running);
    // A job that throws before its first await fails like one that rejects.
    Promise.resolve()
      .then(job.run)
      .catch((error: unknown) => {
        this.#failure ??= { error };
        this.#waiting.length = 0;
      })
      .finally(() => {
        this.#running--;
        this.#runningEstimate -= job.estimate;
        this.#startWhatFits();
        if (this.#running === 0 && this.#waiting.length === 0) {
          for (const resolve of this.#idle.splice(0)) resolve();
        }
      });
  }
}
