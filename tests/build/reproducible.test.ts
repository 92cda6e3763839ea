import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildSite, sharedFixtureBuild } from '../support/build-site.ts';

/** Every file of a folder with the SHA-256 of its bytes. */
function fingerprint(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, file);
    if (statSync(path).isFile()) files[file] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return files;
}

test('two cold builds of the same content give byte-identical output', () => {
  // The build tests' fixture site (its articles have images, figures, corrections and sources), built once with
  // a cold cache of its own, and here again the same way into another folder with another cold cache. The build
  // date is the one input besides the content: it is fixed, as a rebuild of the same commit would fix it.
  const first = sharedFixtureBuild();
  expect(first.status, first.output).toBe(0);
  const second = buildSite(first.env);
  expect(second.status, second.output).toBe(0);
  expect(second.distDir).not.toBe(first.distDir);
  const files = fingerprint(first.distDir);
  expect(Object.keys(files).length).toBeGreaterThan(10);
  expect(fingerprint(second.distDir)).toEqual(files);
}, 360_000);
