import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, test, vi } from 'vitest';
import { reloadedOnCodeChange, versionedLoader } from '../../../../src/lib/content/loaders/code-version.ts';

/** A loader context with a store and a meta store kept in maps, as Astro keeps them between builds. */
function context(): LoaderContext {
  const entries = new Map<string, unknown>();
  const meta = new Map<string, string>();
  return {
    store: {
      clear: () => {
        entries.clear();
      },
      set: (e: { id: string }) => entries.set(e.id, e),
      keys: () => [...entries.keys()],
    },
    meta: { get: (k: string) => meta.get(k), set: (k: string, v: string) => meta.set(k, v) },
  } as unknown as LoaderContext;
}

/** A loader that, like the glob loader, adds one entry and leaves what is stored alone. */
const adding = (id: string): Loader => ({
  name: 'adding',
  load: ({ store }) => {
    store.set({ id, data: {} });
    return Promise.resolve();
  },
});
const ids = (ctx: LoaderContext) => (ctx.store as unknown as { keys: () => string[] }).keys();

describe('versionedLoader', () => {
  test('keeps the stored entries while the code is the same, and empties the store when it changed', async () => {
    const ctx = context();
    await versionedLoader(adding('old'), 'v1').load(ctx);
    await versionedLoader(adding('same'), 'v1').load(ctx);
    expect(ids(ctx)).toEqual(['old', 'same']);
    await versionedLoader(adding('new'), 'v2').load(ctx);
    expect(ids(ctx)).toEqual(['new']);
  });

  test('empties the store again next time when a load with new code failed halfway', async () => {
    const ctx = context();
    await versionedLoader(adding('old'), 'v1').load(ctx);
    const failing: Loader = { name: 'failing', load: () => Promise.reject(new Error('bad file')) };
    await expect(versionedLoader(failing, 'v2').load(ctx)).rejects.toThrow('bad file');
    const clear = vi.spyOn(ctx.store, 'clear');
    await versionedLoader(adding('new'), 'v2').load(ctx);
    expect(clear).toHaveBeenCalledOnce();
  });
});

describe('reloadedOnCodeChange', () => {
  test('versions every collection that has a loader object, keeping the rest of its config', () => {
    const schema = { kind: 'schema' };
    const inline = () => [];
    const loader = adding('x');
    const wrapped = reloadedOnCodeChange({ a: { loader, schema }, b: { loader: inline } }, 'v1');
    expect(wrapped.a.schema).toBe(schema);
    expect(wrapped.a.loader).not.toBe(loader);
    expect(wrapped.a.loader).toMatchObject({ name: 'adding' });
    expect(wrapped.b.loader).toBe(inline);
  });
});
