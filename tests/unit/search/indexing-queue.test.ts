import { describe, expect, test } from 'vitest';
import { IndexingQueue } from '../../../src/lib/search/indexing-queue.ts';

/** A job that ends when the test says so, recording when it started. */
function gate(log: string[], name: string) {
  let end!: () => void;
  let fail!: (error: Error) => void;
  const ended = new Promise<void>((resolve, reject) => {
    end = resolve;
    fail = reject;
  });
  return {
    run: async () => {
      log.push(`start ${name}`);
      await ended;
      log.push(`end ${name}`);
    },
    end: () => {
      end();
    },
    fail: (error: Error) => {
      fail(error);
    },
  };
}

/** Lets every pending promise callback run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

const MB = 2 ** 20;

describe('IndexingQueue', () => {
  test('runs jobs side by side up to maxRunning while the memory budget allows, in the order added', async () => {
    const log: string[] = [];
    const queue = new IndexingQueue({ maxRunning: 2, budget: 3000 * MB, resident: () => 1500 * MB });
    const jobs = ['1', '2', '3'].map((name) => gate(log, name));
    for (const job of jobs) queue.add(600 * MB, job.run);
    await settle();
    expect(log).toEqual(['start 1', 'start 2']);
    jobs[1]?.end();
    await settle();
    expect(log).toEqual(['start 1', 'start 2', 'end 2', 'start 3']);
    jobs[0]?.end();
    jobs[2]?.end();
    await queue.done();
    expect(log).toHaveLength(6);
    expect(queue.mostAtOnce).toBe(2);
  });

  test('runs one job at a time when a second would go over the budget, and starts the first whatever the budget', async () => {
    const log: string[] = [];
    // 2,300 MB resident + 600 MB for the first job + 600 MB for the second > 3,000 MB.
    const queue = new IndexingQueue({ maxRunning: 2, budget: 3000 * MB, resident: () => 2300 * MB });
    const jobs = ['1', '2'].map((name) => gate(log, name));
    for (const job of jobs) queue.add(600 * MB, job.run);
    await settle();
    expect(log).toEqual(['start 1']);
    jobs[0]?.end();
    await settle();
    expect(log).toEqual(['start 1', 'end 1', 'start 2']);
    jobs[1]?.end();
    await queue.done();
    expect(queue.mostAtOnce).toBe(1);

    // A build already over the budget still indexes, one shard after another.
    const over = new IndexingQueue({ maxRunning: 2, budget: 1000 * MB, resident: () => 2000 * MB });
    const done: number[] = [];
    for (const n of [1, 2, 3]) {
      over.add(600 * MB, async () => {
        await settle();
        done.push(n);
      });
    }
    await over.done();
    expect(done).toEqual([1, 2, 3]);
    expect(over.mostAtOnce).toBe(1);
  });

  test('reads the memory again when a job ends: a second job starts once the build holds less', async () => {
    const log: string[] = [];
    let resident = 2700 * MB;
    const queue = new IndexingQueue({ maxRunning: 2, budget: 3000 * MB, resident: () => resident });
    const jobs = ['1', '2', '3'].map((name) => gate(log, name));
    for (const job of jobs) queue.add(200 * MB, job.run);
    await settle();
    expect(log).toEqual(['start 1']);
    resident = 2000 * MB;
    jobs[0]?.end();
    await settle();
    expect(log).toEqual(['start 1', 'end 1', 'start 2', 'start 3']);
    jobs[1]?.end();
    jobs[2]?.end();
    await queue.done();
  });

  test('a failure stops the queue: nothing starts after it, and done() rejects once the running jobs have ended', async () => {
    const log: string[] = [];
    const queue = new IndexingQueue({ maxRunning: 2, budget: 10_000 * MB, resident: () => 0 });
    const jobs = ['1', '2', '3'].map((name) => gate(log, name));
    for (const job of jobs) queue.add(100 * MB, job.run);
    await settle();
    let settled = false;
    const done = queue.done().finally(() => {
      settled = true;
    });
    jobs[0]?.fail(new Error('Pagefind could not index shard 1'));
    await settle();
    // Job 2 still runs: done() waits for it, and job 3 never starts.
    expect(settled).toBe(false);
    expect(log).toEqual(['start 1', 'start 2']);
    jobs[1]?.end();
    await expect(done).rejects.toThrow('Pagefind could not index shard 1');
    expect(log).toEqual(['start 1', 'start 2', 'end 2']);
    // A job that throws before its first await fails the queue the same way.
    const sync = new IndexingQueue({ maxRunning: 1, budget: 0, resident: () => 0 });
    sync.add(0, () => {
      throw new Error('no such folder');
    });
    await expect(sync.done()).rejects.toThrow('no such folder');
  });

  test('done() settles at once when nothing was added, and refuses a maxRunning below 1', async () => {
    await new IndexingQueue({ maxRunning: 2, budget: 0, resident: () => 0 }).done();
    expect(() => new IndexingQueue({ maxRunning: 0, budget: 0, resident: () => 0 })).toThrow(
      'IndexingQueue: maxRunning must be a whole number above 0, got 0',
    );
  });
});
