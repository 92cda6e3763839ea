import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { markCardsLast } from '../lib/share/draw-ahead.ts';

/** The share cards' route: `/<lang>/articles/<slug>/share.png`. */
const isCard = (route: string) => route.endsWith('/share.png');

/**
 * Generates the share cards' route after every other page, and has its cards drawn ahead (card-cache.ts).
 *
 * Why: Astro generates the pages of a route together, in its order of routes, and the cards' route came first: for
 * a whole route the main thread only waited for the drawing threads, then rendered every other page on one core
 * while the other sat idle. Now the cards are set drawing when their route's paths are listed, before any page is
 * rendered, and drawn on worker threads while the main thread renders the other pages; by the time their route is
 * generated most are in the cache. The pages and their bytes are the same; only the order of generation changes.
 */
export function shareCardsLast(): AstroIntegration {
  return {
    name: 'dispatch:share-cards-last',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        markCardsLast();
        setPrerenderer((base) => cardsLast(base));
      },
    },
  };
}

/** `base`, listing the cards' paths after all the others (each group in its own order). */
export function cardsLast(base: AstroPrerenderer): AstroPrerenderer {
  return {
    name: base.name,
    ...(base.setup && { setup: () => base.setup?.() ?? Promise.resolve() }),
    getStaticPaths: async () => {
      const paths = await base.getStaticPaths();
      return [...paths.filter((p) => !isCard(p.route.route)), ...paths.filter((p) => isCard(p.route.route))];
    },
    render: (request, options) => base.render(request, options),
    ...(base.collectStaticImages && {
      collectStaticImages: () => base.collectStaticImages?.() ?? Promise.resolve(new Map()),
    }),
    ...(base.teardown && { teardown: () => base.teardown?.() ?? Promise.resolve() }),
  };
}
