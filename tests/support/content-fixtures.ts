import { cpSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A valid content folder used as the base of every bad-content case. */
export const baseContent = 'tests/fixtures/content';
/** One file per kind of bad input. */
export const badArticles = 'tests/fixtures/bad-articles';

/**
 * A fresh copy of the valid base content with `extra` files from bad-articles added to its articles;
 * a folder's contents are merged into the articles folder.
 */
export function contentWith(...extra: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'dispatch-content-'));
  cpSync(baseContent, dir, { recursive: true });
  for (const name of extra) {
    const from = join(badArticles, name);
    const to = statSync(from).isDirectory() ? join(dir, 'articles') : join(dir, 'articles', name);
    cpSync(from, to, { recursive: true });
  }
  return dir;
}
