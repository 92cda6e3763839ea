import { statSync } from 'node:fs';

/**
 * A built file's size and modification time (in nanoseconds), as one string: the same on a page the build left
 * alone (reused or kept in place, src/integrations/keep-out-dir.ts), different on one it wrote again. What is
 * read from a page can thus be remembered between builds without reading the page.
 */
export function fileStat(file: string | URL): string {
  const { size, mtimeNs } = statSync(file, { bigint: true });
  return `${String(size)}:${String(mtimeNs)}`;
}
