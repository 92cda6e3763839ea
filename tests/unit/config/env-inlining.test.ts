import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * Where a module's text names Vite's env object bare (not followed by a property), Astro compiles into that module
 * the value of every environment variable whose name occurs anywhere in the text, comments included
 * (astro/dist/env/vite-plugin-import-meta-env.js, the same test as below). src/config/env.ts once did, in a
 * comment: PATH, HOME, CI and the shell's `_` went into the build, and any change to them changed every page's code
 * hash, so that Astro's incremental build rendered every page again. No source file may name it bare.
 */

/** Astro's own test for a module that names the env object bare. */
const BARE = /\bimport\.meta\.env\b(?!\.)/;

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(?:ts|mts|js|mjs|astro)$/.test(file))
    .map((file) => join(dir, file));
}

describe('no module makes Astro compile the environment into the build', () => {
  test('the test finds a bare mention, and passes one with a property', () => {
    expect(BARE.test('where import.meta.env does not exist')).toBe(true);
    expect(BARE.test('return import.meta.env.DEV === true;')).toBe(false);
  });

  test('no source file or the Astro configuration names the env object bare', () => {
    const files = [...sources('src'), 'astro.config.mjs'];
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((file) => BARE.test(readFileSync(file, 'utf8')))).toEqual([]);
  });
});
