import type { AstroIntegration } from 'astro';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  rmdirSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES } from '../config/languages.ts';
import { startCardFiles, type CardFiles } from '../lib/share/card-files.ts';
import { routesIn } from '../lib/urls/routes.ts';

/**
 * Puts each article's share card (`<lang>/articles/<slug>/share.png`) into the built site, and serves the cards
 * under `astro dev`.
 *
 * Why not a route of Astro's in the build: a card is a file of the build cache (src/lib/share/card-cache.ts), drawn
 * on worker threads while the pages render; as a page, each was then read, handed through a Response and written
 * twice (the output folder and Astro's incremental cache) by the main thread, after every other page: at 5,000
 * articles 11 s of a cold build and 300 MB written, for files already on disk. Instead the content module lists
 * the cards as soon as the articles are known (src/lib/content/query.ts, through src/lib/share/card-files.ts) and,
 * at the end of the build, each card's file is linked into the output folder (a hard link: no copy; a copy where the
 * cache is on another file system). A card in place from the last build, the same file, is left alone; a card of an
 * article gone or given its own social image is removed.
 */
export function shareCards(): AstroIntegration {
  let list: CardFiles | undefined;
  return {
    name: 'dispatch:share-cards',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'dev') {
          injectRoute({
            pattern: '/[...lang]/articles/[slug]/share.png',
            entrypoint: './src/lib/share/card-route.ts',
          });
        }
      },
      'astro:build:start': () => {
        list = startCardFiles();
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!list) return;
        // A drawing that failed fails the build with its card and reason.
        await Promise.all(list.drawings);
        const { placed, kept, removed } = placeCards(fileURLToPath(dir), list.files);
        logger.info(
          `${String(placed + kept)} share cards in place (${String(kept)} kept from the last build)` +
            (removed > 0 ? `, ${String(removed)} no longer made removed` : ''),
        );
      },
    },
  };
}

/**
 * Whether a site-relative path is a share card's (`articles/<slug>/share.png` in any edition): the files this
 * integration keeps up in a kept output folder (src/integrations/keep-out-dir.ts leaves them to it).
 */
export function isShareCardPath(path: string): boolean {
  const parts = path.split(/[\\/]/);
  return LANGUAGES.some((lang) => {
    const pattern = routesIn(lang).shareImage('*').split('/');
    return parts.length === pattern.length && pattern.every((part, i) => part === '*' || part === parts[i]);
  });
}

/**
 * Links each card's file (`files`: site path → file in the cache) into the site at `site`, leaves a card already in
 * place (the same file) alone, and removes the cards in the site that are not in `files`.
 */
export function placeCards(
  site: string,
  files: ReadonlyMap<string, string>,
): { placed: number; kept: number; removed: number } {
  let placed = 0;
  let kept = 0;
  for (const [path, file] of files) {
    const target = join(site, path);
    const there = statSync(target, { bigint: true, throwIfNoEntry: false });
    if (there) {
      // The same file (a hard link of the cache's): in place from the last build.
      const cached = statSync(file, { bigint: true });
      if (there.ino === cached.ino && there.dev === cached.dev) {
        kept++;
        continue;
      }
      unlinkSync(target);
    }
    mkdirSync(dirname(target), { recursive: true });
    try {
      linkSync(file, target);
    } catch {
      // Another file system, or one without hard links: a copy.
      copyFileSync(file, target);
    }
    placed++;
  }
  let removed = 0;
  for (const path of cardPathsIn(site)) {
    if (!files.has(path)) {
      const folder = dirname(join(site, path));
      unlinkSync(join(site, path));
      // The article's folder goes with its last file (its page was removed before: keep-out-dir.ts).
      if (readdirSync(folder).length === 0) rmdirSync(folder);
      removed++;
    }
  }
  return { placed, kept, removed };
}

/** The share cards in the site, as site-relative paths (`ur/articles/<slug>/share.png`). */
function cardPathsIn(site: string): string[] {
  return LANGUAGES.flatMap((lang) => {
    const { shareImage } = routesIn(lang);
    // The edition's articles folder: the card's path without its last two segments.
    const articles = join(site, dirname(dirname(shareImage('x'))));
    if (!existsSync(articles)) return [];
    return readdirSync(articles)
      .map((slug) => shareImage(slug))
      .filter((path) => existsSync(join(site, path)));
  });
}
