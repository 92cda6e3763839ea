import { describe, expect, test } from 'vitest';
import { runInOrder } from '../../../src/lib/consent/run-in-order.ts';

/** A gated script as the runner sees it: a name, its category, and how its activation ends. */
interface Script {
  readonly name: string;
  readonly category: string;
  readonly ends?: 'load' | 'reject' | 'throw' | 'wait';
}

/**
 * A page of gated scripts and a consent state: `run` activates the scripts of granted categories through the
 * runner, logging each one as it starts and finishes. A script that `wait`s (a slow download) finishes only
 * when `finish(name)` is called.
 */
function page(scripts: readonly Script[]) {
  const granted = new Set<string>();
  const log: string[] = [];
  const waiting = new Map<string, () => void>();
  const run = runInOrder(
    // Capped, so that a runner that took an item again would end (and fail the test) rather than loop forever.
    () => (log.length > 20 ? [] : scripts.filter((script) => granted.has(script.category))),
    (script: Script) => {
      log.push(script.name);
      if (script.ends === 'throw') throw new Error(script.name);
      if (script.ends === 'reject') return Promise.reject(new Error(script.name));
      if (script.ends === 'wait')
        return new Promise<void>((resolve) => {
          waiting.set(script.name, () => {
            log.push(`${script.name} loaded`);
            resolve();
          });
        });
      return undefined;
    },
  );
  return {
    log,
    grant: (...categories: string[]) => {
      for (const category of categories) granted.add(category);
      return run();
    },
    withdraw: (category: string) => granted.delete(category),
    finish: (name: string) => waiting.get(name)?.(),
  };
}

/** Lets every pending promise callback run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('runInOrder', () => {
  test('activates the pending items in their order, each once', async () => {
    const site = page([
      { name: 'library', category: 'analytics' },
      { name: 'init', category: 'analytics' },
      { name: 'player', category: 'media' },
    ]);
    await site.grant('analytics', 'media');
    expect(site.log).toEqual(['library', 'init', 'player']);
  });

  test('waits until an activation settles before the next item', async () => {
    const site = page([
      { name: 'library', category: 'analytics', ends: 'wait' },
      { name: 'init', category: 'analytics' },
    ]);
    const done = site.grant('analytics');
    await settle();
    expect(site.log).toEqual(['library']);
    site.finish('library');
    await done;
    expect(site.log).toEqual(['library', 'library loaded', 'init']);
  });

  test('an activation that throws or rejects does not stop the items after it', async () => {
    const site = page([
      { name: 'missing', category: 'analytics', ends: 'reject' },
      { name: 'broken', category: 'analytics', ends: 'throw' },
      { name: 'init', category: 'analytics' },
    ]);
    await site.grant('analytics');
    expect(site.log).toEqual(['missing', 'broken', 'init']);
  });

  test('a later run activates only what became pending since, in order among itself', async () => {
    const site = page([
      { name: 'player', category: 'media' },
      { name: 'library', category: 'analytics' },
      { name: 'widget', category: 'media' },
      { name: 'init', category: 'analytics' },
    ]);
    await site.grant('analytics');
    expect(site.log).toEqual(['library', 'init']);
    await site.grant('media');
    await site.grant('analytics', 'media');
    expect(site.log).toEqual(['library', 'init', 'player', 'widget']);
  });

  test('an item taken once is never taken again, even after a withdrawal and a new grant', async () => {
    const site = page([{ name: 'broken', category: 'analytics', ends: 'throw' }]);
    await site.grant('analytics');
    site.withdraw('analytics');
    await site.grant('analytics');
    expect(site.log).toEqual(['broken']);
  });

  test('a run asked for while one waits queues behind it, and takes the newly pending items in turn', async () => {
    const site = page([
      { name: 'player', category: 'media' },
      { name: 'library', category: 'analytics', ends: 'wait' },
      { name: 'init', category: 'analytics' },
      { name: 'widget', category: 'media' },
    ]);
    const first = site.grant('analytics');
    await settle();
    const second = site.grant('media');
    await settle();
    expect(site.log).toEqual(['library']);
    site.finish('library');
    await Promise.all([first, second]);
    // The list is read afresh after each item: "player" comes first of what is left.
    expect(site.log).toEqual(['library', 'library loaded', 'player', 'init', 'widget']);
  });

  test('an item withdrawn before its turn is not run, and runs once granted again', async () => {
    const site = page([
      { name: 'library', category: 'analytics', ends: 'wait' },
      { name: 'player', category: 'media' },
    ]);
    const done = site.grant('analytics', 'media');
    await settle();
    site.withdraw('media');
    site.finish('library');
    await done;
    expect(site.log).toEqual(['library', 'library loaded']);
    await site.grant('media');
    expect(site.log).toEqual(['library', 'library loaded', 'player']);
  });

  test('a run whose list cannot be read rejects, and the runs after it still work', async () => {
    let fail = true;
    const log: string[] = [];
    const item = { name: 'init' };
    const run = runInOrder(
      () => {
        if (fail) throw new Error('unreadable');
        return log.length > 20 ? [] : [item];
      },
      ({ name }) => log.push(name),
    );
    await expect(run()).rejects.toThrow('unreadable');
    fail = false;
    await run();
    expect(log).toEqual(['init']);
  });
});
