/**
 * Whether this process is a build that generates the share cards' route last (src/integrations/share-cards-last.ts):
 * then the cards' route draws every card ahead, on worker threads, while the site's other pages render. The
 * integration runs in Astro's configuration and the route in the build's bundle, two copies of every module: a
 * flag on globalThis is what they share. Not set under `astro dev` or in tests, where a card is drawn when asked.
 */
const FLAG = Symbol.for('dispatch.drawShareCardsAhead');

/** Marks this process as a build whose cards' route comes last. */
export function markCardsLast(): void {
  (globalThis as Record<symbol, unknown>)[FLAG] = true;
}

/** True in a build whose cards' route comes last: its cards should be drawn ahead. */
export function cardsComeLast(): boolean {
  return (globalThis as Record<symbol, unknown>)[FLAG] === true;
}
