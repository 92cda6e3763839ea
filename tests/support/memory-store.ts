import type { LoaderContext } from 'astro/loaders';

export type StoreEntry = Parameters<LoaderContext['store']['set']>[0];

/** A data store as Astro's loaders see it, over a Map (only the calls bodiesOnDisk and the loaders make). */
export function memoryStore(): { store: LoaderContext['store']; entries: Map<string, StoreEntry> } {
  const entries = new Map<string, StoreEntry>();
  const store = {
    get: (id: string) => entries.get(id),
    values: () => [...entries.values()],
    keys: () => [...entries.keys()],
    entries: () => [...entries.entries()],
    has: (id: string) => entries.has(id),
    set: (entry: StoreEntry) => {
      entries.set(entry.id, entry);
      return true;
    },
    delete: (id: string) => {
      entries.delete(id);
    },
    clear: () => {
      entries.clear();
    },
  } as unknown as LoaderContext['store']; // the rest of the store API (asset imports) is not used here
  return { store, entries };
}
