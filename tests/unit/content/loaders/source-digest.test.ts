import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import {
  importedFiles,
  OUTSIDE_PAGE_GRAPH,
  sourceDigest,
} from '../../../../src/lib/content/loaders/source-digest.ts';

/** A project folder with a root module that imports others, a package, and a file it only reads as `?raw`. */
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dispatch-source-digest-'));
  mkdirSync(join(root, 'src/lib'), { recursive: true });
  writeFileSync(
    join(root, 'src/root.ts'),
    "import { a } from './lib/a.ts';\nimport sharp from 'sharp';\nexport { a, sharp };\n",
  );
  writeFileSync(
    join(root, 'src/lib/a.ts'),
    "export { b } from './b.ts';\nimport svg from '../logo.svg?raw';\nexport const a = svg;\n",
  );
  writeFileSync(join(root, 'src/lib/b.ts'), "export const b = await import('./c.ts');\n");
  writeFileSync(join(root, 'src/lib/c.ts'), 'export const c = 1;\n');
  writeFileSync(join(root, 'src/logo.svg'), '<svg/>');
  writeFileSync(join(root, 'src/unrelated.ts'), 'export const u = 1;\n');
  writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}');
});

describe('importedFiles', () => {
  test('follows relative imports, re-exports and dynamic imports to the end, and nothing else', () => {
    expect(importedFiles(['src/root.ts'], root)).toEqual([
      'src/lib/a.ts',
      'src/lib/b.ts',
      'src/lib/c.ts',
      'src/logo.svg',
      'src/root.ts',
    ]);
  });
});

describe('sourceDigest', () => {
  test('changes when any imported file or the lockfile changes, not when another file does', () => {
    const before = sourceDigest(['src/root.ts'], root);
    writeFileSync(join(root, 'src/unrelated.ts'), 'export const u = 2;\n');
    expect(sourceDigest(['src/root.ts'], root)).toBe(before);
    writeFileSync(join(root, 'src/lib/c.ts'), 'export const c = 2;\n');
    const afterCode = sourceDigest(['src/root.ts'], root);
    expect(afterCode).not.toBe(before);
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}');
    expect(sourceDigest(['src/root.ts'], root)).not.toBe(afterCode);
  });

  test('reads the project’s own roots: the middleware and the content loading with the Markdown pipeline', () => {
    const files = importedFiles(OUTSIDE_PAGE_GRAPH, process.cwd());
    expect(files).toEqual(
      expect.arrayContaining([
        'src/middleware.ts',
        'src/lib/css/page-css.ts',
        'src/content.config.ts',
        'src/lib/content/schema.ts',
        'src/config/markdown.ts',
        'src/lib/markdown/rehype-figures.ts',
      ]),
    );
    expect(sourceDigest(OUTSIDE_PAGE_GRAPH)).toMatch(/^[\w-]{16}$/);
  });
});
