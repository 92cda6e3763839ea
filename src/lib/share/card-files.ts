/**
 * The share cards a build puts in its output folder, as the list the build's content module (src/lib/content/
 * query.ts) hands to the share-cards integration (src/integrations/share-cards.ts): each card's path in the site and
 * its PNG in the build cache, and the drawings still under way. The integration runs in Astro's configuration and
 * the content module in the build's bundle, two copies of every module: the list lives on globalThis, where both
 * find it. Under `astro dev` and in tests there is none, and a card is drawn when it is asked for (./card-route.ts).
 */
export interface CardFiles {
  /** Each card's path in the site (`ur/articles/<slug>/share.png`) and its PNG in the build cache. */
  readonly files: Map<string, string>;
  /** The drawings the cards wait for: the integration places the cards once all have ended. */
  readonly drawings: Promise<void>[];
}

const KEY = Symbol.for('dispatch.shareCardFiles');
const shared = globalThis as Record<symbol, CardFiles | undefined>;

/** Starts the build's list of cards (the integration, as the build starts), empty. */
export function startCardFiles(): CardFiles {
  const list: CardFiles = { files: new Map(), drawings: [] };
  shared[KEY] = list;
  return list;
}

/** The build's list of cards, or undefined outside a build that places them (under `astro dev`, in tests). */
export function cardFilesOfBuild(): CardFiles | undefined {
  return shared[KEY];
}
