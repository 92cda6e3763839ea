import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * A digest of the project's own code that shapes output without being part of the page routes' module graphs,
 * which is all Astro's incremental build hashes: the middleware that rewrites every page after it is rendered,
 * and the Markdown pipeline whose HTML the content loader keeps between builds. Each root file is read with
 * every project file it imports (relative imports, followed to the end), plus the lockfile for the packages
 * they use; a change to any of them changes the digest.
 */

/** Relative module specifiers in `import … from '…'`, `import '…'`, `export … from '…'` and `import('…')`. */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"?]+)(?:\?[^'"]*)?['"]/g;

/** Every project file `roots` import, directly or not, themselves included, as paths relative to `root`, sorted. */
export function importedFiles(roots: readonly string[], root: string): string[] {
  const seen = new Set<string>();
  const pending = roots.map((file) => resolve(root, file));
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolve(dirname(file), specifier);
      // A package, a virtual module or a file the bundler resolves another way is not the project's source.
      if (existsSync(target)) pending.push(target);
    }
  }
  return [...seen].map((file) => relative(root, file)).sort();
}

/** The digest of the files `roots` import (see importedFiles) and of package-lock.json, from the project `root`. */
export function sourceDigest(roots: readonly string[], root: string = process.cwd()): string {
  const hash = createHash('sha256');
  const lockfile = join(root, 'package-lock.json');
  const files = [...importedFiles(roots, root), ...(existsSync(lockfile) ? ['package-lock.json'] : [])];
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(root, file)))
      .update('\0');
  return hash.digest('base64url').slice(0, 16);
}

/**
 * The code that turns content files into entries: the collections and their schemas (src/content.config.ts and
 * what it imports, the loaders among them), and the Markdown thread, which a worker starts by its file name
 * rather than by an import.
 */
export const CONTENT_LOADING = [
  'src/content.config.ts',
  'src/lib/content/loaders/markdown-worker-thread.ts',
] as const;

/**
 * The roots of the code that shapes pages outside the routes' module graphs: the middleware (src/middleware.ts),
 * and the content loading, whose entries and rendered HTML are kept between builds.
 */
export const OUTSIDE_PAGE_GRAPH = ['src/middleware.ts', ...CONTENT_LOADING] as const;
