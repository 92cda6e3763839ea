// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist-fixtures/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/'] },
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
    // Component tests are named *components.test.ts.
    files: ['tests/unit/*components.test.ts'],
    rules: { '@typescript-eslint/no-unsafe-argument': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
