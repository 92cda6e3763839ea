// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Purity, checked rather than promised (README, "How it is built"): what may read the content collections, the
 * disk, worker threads and the environment. Each rule names where the thing is allowed; tests/unit/eslint-config.test.ts
 * proves that the rules bite.
 */
const contentQuery = 'src/lib/content/query.ts';
const astroContent = {
  name: 'astro:content',
  message: `Only ${contentQuery} (and src/content.config.ts) reads the content collections: take what you need from its site index.`,
};
/** Modules that touch the disk or threads: the content loaders, the share cards' cache, fonts and threads, and the feeds' HTML thread (tools, integrations, tests and bench may too). */
const ioAllowed = [
  'src/lib/content/loaders/**',
  'src/lib/share/card-cache.ts',
  'src/lib/share/card-workers.ts',
  'src/lib/share/card-thread.ts',
  'src/lib/share/share-fonts.ts',
  'src/lib/feeds/feed-html-worker.ts',
  'src/lib/feeds/feed-html-thread.ts',
];
const io = ['node:fs', 'node:fs/promises', 'fs', 'fs/promises', 'node:worker_threads', 'worker_threads'].map(
  (name) => ({
    name,
    message: `Pure modules, pages and components never touch the disk or threads: that is for ${ioAllowed.join(' and ')}.`,
  }),
);
/**
 * The one no-restricted-imports setting of a group of files (a later setting replaces an earlier one, so each
 * group lists everything it refuses).
 * @param {{ name: string; message: string }[]} paths
 * @param {{ group: string[]; message: string; allowTypeImports?: boolean }[]} [patterns]
 * @returns {import('eslint').Linter.RulesRecord}
 */
const restrictImports = (paths, patterns = []) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }],
});
const envMessage = 'The environment is read in src/config/env.ts only: import the setting from there.';
const envReads = [
  {
    selector:
      "MemberExpression[object.type='MemberExpression'][object.object.name='process'][object.property.name='env']",
    message: envMessage,
  },
  {
    selector:
      "VariableDeclarator[init.type='MemberExpression'][init.object.name='process'][init.property.name='env']",
    message: envMessage,
  },
  { selector: "MemberExpression[object.type='MetaProperty'][property.name='env']", message: envMessage },
];

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-fixtures/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      // The benchmark's baseline, an Astro project of its own (its tsconfig; `npm run check` checks its types).
      'bench/minimal-blog/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
    },
    rules: {
      // Template literals with numbers are everywhere in page text ("3 articles").
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['**/*.astro'],
    // astro-eslint-parser has no project service; it finds tsconfig.json itself.
    languageOptions: { parserOptions: { projectService: false, project: true } },
    rules: {
      // The Astro parser gives JSX in templates no type, so typescript-eslint sees `.map(() => <li/>)`
      // as returning an error-typed value. Templates are type-checked by `astro check` instead.
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Type-aware lint cannot see the types of `.astro` imports (only `astro check` can), so a component
    // passed to the Container API looks untyped here.
    // Component tests live in tests/unit/components/.
    files: ['tests/unit/components/**'],
    rules: { '@typescript-eslint/no-unsafe-argument': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // Tests and the benchmark may pass the environment on to child processes ({ ...process.env }), never read it.
    files: ['**/*.{ts,mts,js,mjs,astro}'],
    ignores: ['src/config/env.ts'],
    rules: { 'no-restricted-syntax': ['error', ...envReads] },
  },
  {
    files: ['**/*.{ts,mts,js,mjs,astro}'],
    ignores: [contentQuery, 'src/content.config.ts'],
    rules: restrictImports([astroContent]),
  },
  {
    // Pure modules: no disk, no threads, no Astro virtual modules, no components.
    files: ['src/lib/**', 'src/config/**'],
    ignores: [...ioAllowed, contentQuery],
    rules: restrictImports(
      [astroContent, ...io],
      [
        { group: ['astro:*'], message: `Pure modules import no astro:* module (only ${contentQuery} does).` },
        { group: ['*.astro'], message: 'Modules never import components: pages do.' },
      ],
    ),
  },
  {
    // Routes render what the site index hands them.
    files: ['src/pages/**'],
    rules: restrictImports([astroContent, ...io]),
  },
  {
    // Display only: props in, markup out. Types of the site index are fine; its loading is not.
    files: ['src/components/**', 'src/layouts/**'],
    rules: restrictImports(
      [astroContent, ...io],
      [
        {
          group: ['**/lib/content/query.ts'],
          allowTypeImports: true,
          message: 'Components never load content: the page passes it in as props.',
        },
      ],
    ),
  },
);
