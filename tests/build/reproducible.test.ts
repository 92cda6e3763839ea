import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

/** Every file of a folder with the SHA-256 of its bytes. */
function fingerprint(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, file);
    if (statSync(path).isFile()) files[file] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return files;
}

/** A cold build of the real content into a fresh folder, with its own cache. */
function buildInto(work: string): string {
  const out = join(work, 'dist');
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
    encoding: 'utf8',
    // The build date is the one input besides the content: fix it, as a rebuild of the same commit would.
    env: { ...process.env, DISPATCH_CACHE_DIR: join(work, 'cache'), DISPATCH_BUILD_DATE: '2026-01-01' },
    timeout: 120_000,
  });
  expect(result.status, result.stderr).toBe(0);
  return out;
}

test('two builds of the same content give byte-identical output', () => {
  const first = fingerprint(buildInto(mkdtempSync(join(tmpdir(), 'dispatch-repro-a-'))));
  const second = fingerprint(buildInto(mkdtempSync(join(tmpdir(), 'dispatch-repro-b-'))));
  expect(Object.keys(first).length).toBeGreaterThan(10);
  expect(second).toEqual(first);
}, 240_000);
