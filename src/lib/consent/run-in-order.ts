/**
 * A sequential runner for consent-gated scripts, kept free of the DOM so that its rules are unit-tested;
 * src/lib/consent/script.ts gives it the gated elements and the function that activates one. It is bundled into
 * that script, so it stays small.
 */

/**
 * Returns `run`, which activates, one at a time, the first item of `pending()` (in its order) not yet taken,
 * waiting until what `activate` returns settles before looking again. So the list is read afresh before each
 * item: an item that stops being pending before its turn is not run, one that becomes pending is. No item is
 * taken twice, and an activation that throws or rejects does not stop the ones after it. A call while a run
 * is under way queues one more pass after it; the promise settles when that pass has ended.
 */
export function runInOrder<T extends object>(
  pending: () => Iterable<T>,
  activate: (item: T) => unknown,
): () => Promise<void> {
  const taken = new WeakSet<T>();
  let queue = Promise.resolve();
  const pass = async (): Promise<void> => {
    for (;;) {
      const item = [...pending()].find((candidate) => !taken.has(candidate));
      if (item === undefined) return;
      taken.add(item);
      try {
        await activate(item);
      } catch {
        // A script that fails does not stop the ones after it.
      }
    }
  };
  // pass() cannot reject unless pending() throws; even then the passes queued after it still run.
  return () => (queue = queue.then(pass, pass));
}
