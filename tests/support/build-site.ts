import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real `astro build` into a temporary folder, with its own build cache (DISPATCH_CACHE_DIR), so that
 * test builds leave dist/ and the main cache alone.
 */
export function buildSite(env: Record<string, string>): {
  status: number | null;
  output: string;
  distDir: string;
} {
  const work = mkdtempSync(join(tmpdir(), 'dispatch-build-'));
  const distDir = join(work, 'dist');
  const result = spawnSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', distDir],
    {
      encoding: 'utf8',
      env: { ...process.env, DISPATCH_CACHE_DIR: join(work, 'cache'), ...env },
      timeout: 180_000,
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, distDir };
}

/** A fresh content folder: the valid base fixtures with the articles of `extra` (a folder of articles) added. */
export function contentPlus(extra: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dispatch-content-'));
  cpSync('tests/fixtures/content', dir, { recursive: true });
  cpSync(extra, join(dir, 'articles'), { recursive: true });
  return dir;
}
