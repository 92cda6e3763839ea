import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

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

/** A file's new text, or `null` to delete it. */
export type FileChanges = Readonly<Record<string, string | null>>;

/**
 * A fresh copy of the valid base content with files written or deleted (paths relative to the content folder);
 * `copy` copies files of the base content to other names (e.g. an image an article refers to).
 */
export function contentWithFiles(changes: FileChanges, copy: Readonly<Record<string, string>> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'dispatch-content-'));
  cpSync(baseContent, dir, { recursive: true });
  for (const [to, from] of Object.entries(copy)) cpSync(join(baseContent, from), join(dir, to));
  for (const [file, text] of Object.entries(changes)) {
    const path = join(dir, file);
    if (text === null) rmSync(path, { recursive: true, force: true });
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  }
  return dir;
}
