import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { cacheDir, contentDir } from '../../../config/env.ts';

/** What a loader hands the data store for one entry. */
type DataEntry = Parameters<LoaderContext['store']['set']>[0];

/**
 * Keeps the bulk of each entry (its Markdown body and the HTML rendered from it) out of Astro's data store,
 * in a file of its own in the build cache, and reads it back for the one page that shows it.
 *
 * Why: Astro writes the whole data store as one string module into the server bundle, bundles it, and
 * parses it again when pages render, all in the build process. An article is about 30 KB of body and
 * HTML, so at 10,000 articles that is a 300 MB store held five or six times over: most of the build's
 * memory. With the bulk on disk an entry in the store is its front matter, file path and digest
 * (about 1.5 KB), and a page reads its own article's file when it renders.
 *
 * The wrapped loader (Astro's glob loader) still parses, validates, renders and skips unchanged files
 * (by digest) as before; only where the result is kept changes. Files are named by entry id and digest,
 * so a changed article gets a new file; older files no entry points to are removed after each load.
 */

/** What is kept on disk for an entry. */
interface Bulk {
  body: string;
  rendered: { html: string; metadata: { imagePaths: string[]; [key: string]: unknown } } | undefined;
}

/** The entry fields this module needs: the ones Astro's content entries have. */
interface StoredEntry {
  id: string;
  collection: string;
  digest?: number | string | undefined;
}

/**
 * An entry's file: its id (a slug, made safe for a file name) and digest. A very long id is cut and given a
 * hash of the whole, so that the name stays within what file systems allow (255 bytes).
 */
function fileName(id: string, digest: number | string): string {
  const safe = encodeURIComponent(id);
  const name =
    safe.length <= 150
      ? safe
      : `${safe.slice(0, 100)}~${createHash('sha256').update(id).digest('hex').slice(0, 16)}`;
  return `${name}.${String(digest)}.json`;
}

/** `loader`, with each entry's body and rendered HTML kept in `<folder>/<collection>/` instead of the store. */
export function bodiesOnDisk(loader: Loader, folder: string): Loader {
  return {
    name: `${loader.name} (bodies on disk)`,
    load: async (context: LoaderContext) => {
      const started = Date.now();
      const dir = join(folder, context.collection);
      mkdirSync(dir, { recursive: true });
      const fileOf = (entry: { id: string; digest?: number | string | undefined }) =>
        entry.digest === undefined ? undefined : join(dir, fileName(entry.id, entry.digest));

      // An entry whose file is gone (a cleaned cache, another checkout) is forgotten, so that the loader
      // reads and renders it again instead of skipping it as unchanged.
      for (const entry of context.store.values()) {
        const file = fileOf(entry);
        if (file === undefined || !existsSync(file)) context.store.delete(entry.id);
      }

      const store: LoaderContext['store'] = {
        ...context.store,
        set: (entry) => {
          const file = fileOf(entry);
          if (file === undefined) {
            throw new Error(
              `bodies-on-disk: ${context.collection} → ${entry.id} has no digest to name its file by`,
            );
          }
          // The loader logs a rendering error and stores the entry without HTML: that would publish an
          // empty article, so the build stops here instead.
          if (entry.rendered === undefined) {
            throw new Error(
              `${context.collection} → ${entry.id}: the Markdown could not be rendered (the error is logged above)`,
            );
          }
          const bulk: Bulk = { body: entry.body ?? '', rendered: withoutFrontmatter(entry.rendered) };
          // Written whole, then renamed: a build running beside this one never reads half a file.
          const partial = `${file}.${String(process.pid)}.partial`;
          writeFileSync(partial, JSON.stringify(bulk));
          renameSync(partial, file);
          const lean = { ...entry };
          delete lean.body;
          delete lean.rendered;
          return context.store.set(lean);
        },
      };
      await loader.load({ ...context, store });

      const kept = new Set<string>();
      for (const entry of context.store.values()) {
        const file = fileOf(entry);
        if (file !== undefined) kept.add(file);
      }
      // Files from before this load that no entry points to are old versions of edited or deleted articles.
      // Files written since it began may belong to another process at work on the same content (`astro dev`
      // beside a build), and half-written ones always do: both are left alone.
      for (const name of readdirSync(dir)) {
        const file = join(dir, name);
        if (kept.has(file) || name.endsWith('.partial')) continue;
        try {
          if (statSync(file).mtimeMs < started) rmSync(file, { force: true });
        } catch {
          // removed meanwhile by another process
        }
      }
    },
  };
}

/**
 * The rendered front matter is the entry's front matter again (the entry's `data` has it, validated);
 * nothing reads it from here, and JSON would turn its dates into strings.
 */
function withoutFrontmatter(rendered: DataEntry['rendered']): Bulk['rendered'] {
  if (!rendered) return undefined;
  const metadata = { ...rendered.metadata };
  delete metadata.frontmatter;
  return { html: rendered.html, metadata: { ...metadata, imagePaths: metadata.imagePaths ?? [] } };
}

/** The body and rendered HTML of an entry loaded through bodiesOnDisk, read from `folder`. */
export function readBulk(entry: StoredEntry, folder: string): Bulk {
  if (entry.digest === undefined)
    throw new Error(`bodies-on-disk: ${entry.collection} → ${entry.id} has no digest`);
  const file = join(folder, entry.collection, fileName(entry.id, entry.digest));
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Bulk;
  } catch (error) {
    throw new Error(
      `bodies-on-disk: cannot read the body of ${entry.collection} → ${entry.id} from ${file}; ` +
        'run `npx astro sync` (or build again) to write it',
      { cause: error },
    );
  }
}

/**
 * The folder of the articles' bodies and rendered HTML in a build cache: one per content folder, so that a build
 * of other content (DISPATCH_CONTENT_DIR) sharing the cache never clears away this content's files.
 */
export function bodiesFolder(cache: string, content: string): string {
  return join(
    cache,
    'entry-bodies',
    createHash('sha256').update(resolve(content)).digest('hex').slice(0, 12),
  );
}

/** This build's folder of bodies (DISPATCH_CACHE_DIR and DISPATCH_CONTENT_DIR). */
export const entryBodiesDir: string = bodiesFolder(cacheDir, contentDir);
