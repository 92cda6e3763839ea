import { existsSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { contentDir } from '../../../config/env.ts';

/**
 * Collections whose folder a site may not have (content/series/: a site with no series has none). Their loader
 * reads nothing when the folder is missing, instead of the glob loader's warning that its base directory does
 * not exist; and the content query module asks Astro for such a collection only when its folder exists, since
 * Astro warns on every read of a collection without entries. Either warning would open every build's log.
 */

/** The folder of the series (`content/series/`, or under DISPATCH_CONTENT_DIR). */
export const seriesFolder = `${contentDir}/series`;

/** Whether an optional collection's folder exists. */
export function hasFolder(folder: string): boolean {
  return existsSync(folder);
}

/** The wrapped loader (Astro's glob loader) when the folder exists; an empty collection when it does not. */
export function optionalFolder(loader: Loader, folder: string): Loader {
  return {
    name: `optional-folder(${loader.name})`,
    load: async (context) => {
      if (hasFolder(folder)) {
        await loader.load(context);
        return;
      }
      context.store.clear();
    },
  };
}
