import type { Loader, LoaderContext } from 'astro/loaders';
import { CONTENT_LOADING, sourceDigest } from './source-digest.ts';

/**
 * Loads every entry again when the code that loads them has changed since they were stored.
 *
 * Why: Astro keeps the content store between builds and skips a file whose digest is unchanged, keeping what it
 * parsed and rendered last time. It clears the store when the Astro version, the Astro config or the text of
 * src/content.config.ts changes, but not when a module that file imports does: a schema default added in
 * src/lib/content/schema.ts, a rehype plugin changed in src/lib/markdown/, or a package updated would otherwise
 * reach only the files edited since. With the build cache kept from one build to the next (and from one CI run to
 * the next), that would publish a mix of old and new output. Each collection's store therefore remembers the
 * digest of that code (src/lib/content/loaders/source-digest.ts) and is emptied when it differs.
 */

const VERSION_KEY = 'dispatch-content-code';

/** `loader`, whose store is emptied first when `version` is not the one its entries were loaded with. */
export function versionedLoader(loader: Loader, version: string): Loader {
  return {
    ...loader,
    name: loader.name,
    load: async (context: LoaderContext) => {
      if (context.meta.get(VERSION_KEY) !== version) context.store.clear();
      await loader.load(context);
      context.meta.set(VERSION_KEY, version);
    },
  };
}

/**
 * The collections, each loader made a versionedLoader of the digest of the content-loading code (by default), so
 * that a change to that code loads all content again. Collections given a loader function are left as they are.
 */
export function reloadedOnCodeChange<Collections extends Record<string, object>>(
  collections: Collections,
  version: string = sourceDigest(CONTENT_LOADING),
): Collections {
  const isLoader = (value: unknown): value is Loader =>
    typeof value === 'object' && value !== null && 'load' in value;
  return Object.fromEntries(
    Object.entries(collections).map(([name, collection]) => [
      name,
      'loader' in collection && isLoader(collection.loader)
        ? { ...collection, loader: versionedLoader(collection.loader, version) }
        : collection,
    ]),
  ) as Collections;
}
