/**
 * The search index comes in shards (src/integrations/pagefind.ts): the first is Pagefind's bundle itself,
 * the others live in folders inside it and are listed in a small JSON file there, which the search page
 * reads to merge them in. These are the names both sides agree on.
 */

/** The file in the search bundle that lists the shards after the first. */
export const SEARCH_SHARDS_FILE = 'shards.json';

/** The folder of shard `n` (counted from 1) inside the search bundle: the bundle itself for the first. */
export function searchShardPath(n: number): string {
  return n === 1 ? '' : `shard-${String(n)}/`;
}

/** Whether `name`, a folder of the search bundle (without the slash), is the folder of a shard after the first. */
export function isShardFolder(name: string): boolean {
  return /^shard-\d+$/.test(name);
}

/** The shard folders listed in the shards file; anything but a list of shard folders is an error. */
export function parseShardList(json: unknown): string[] {
  if (!Array.isArray(json) || !json.every((item) => typeof item === 'string' && /^shard-\d+\/$/.test(item))) {
    throw new Error(`${SEARCH_SHARDS_FILE}: expected a list of shard folders such as ["shard-2/"]`);
  }
  return json as string[];
}
