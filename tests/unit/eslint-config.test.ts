import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, test } from 'vitest';

/**
 * The purity rules of eslint.config.js bite: `npm run lint` refuses a page that reads the content collections, a
 * pure module that reads the environment or the disk, and a component that loads content; and lets the modules
 * whose job it is do the same. Each snippet is linted as if it were the file named, with the project's own
 * configuration; type information is left out (the snippets are not files of the TypeScript project), which the
 * purity rules do not need.
 */
const eslint = new ESLint({ overrideConfig: tseslint.configs.disableTypeChecked });

/** The rules a snippet breaks, linted as the file at `filePath`. */
async function broken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parser'}: ${m.message}`);
}

const readsCollections = `---
import { getCollection } from 'astro:content';
const articles = await getCollection('articles');
---

<p>{articles.length}</p>
`;
const readsEnv = `/** The site's address. */\nexport const siteUrl: string | undefined = process.env['SITE_URL'];\n`;
const readsViteEnv = `/** Whether drafts show. */\nexport const dev: boolean = import.meta.env.DEV;\n`;
const readsDisk = `import { readFileSync } from 'node:fs';\n\n/** A file's text. */\nexport const text = (path: string): string => readFileSync(path, 'utf8');\n`;

describe('npm run lint', () => {
  test('refuses a page that imports astro:content', async () => {
    expect(await broken('src/pages/lint-fixture.astro', readsCollections)).toEqual([
      expect.stringMatching(
        /^@typescript-eslint\/no-restricted-imports: 'astro:content' import is restricted/,
      ),
    ]);
  });

  test('refuses a pure module that reads process.env or import.meta.env', async () => {
    expect(await broken('src/lib/listings/lint-fixture.ts', readsEnv)).toEqual([
      expect.stringMatching(/^no-restricted-syntax: The environment is read in src\/config\/env\.ts only/),
    ]);
    expect(await broken('src/lib/listings/lint-fixture.ts', readsViteEnv)).toEqual([
      expect.stringMatching(/^no-restricted-syntax: The environment is read in src\/config\/env\.ts only/),
    ]);
  });

  test('refuses the environment in tests too, which may only pass it on to child processes', async () => {
    expect(await broken('tests/support/lint-fixture.ts', readsEnv)).toHaveLength(1);
    const passesOn = `import { spawnSync } from 'node:child_process';\n\nspawnSync('ls', { env: { ...process.env, A: '1' } });\n`;
    expect(await broken('tests/support/lint-fixture.ts', passesOn)).toEqual([]);
  });

  test('refuses a pure module, a page or a component that touches the disk', async () => {
    for (const file of [
      'src/lib/seo/lint-fixture.ts',
      'src/pages/lint-fixture.ts',
      'src/config/lint-fixture.ts',
    ])
      expect(await broken(file, readsDisk), file).toEqual([
        expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: 'node:fs' import is restricted/),
      ]);
  });

  test('refuses a component that loads content, but not one that uses its types', async () => {
    const loads = `---\nimport { getSiteIndex } from '../lib/content/query.ts';\nconst { articles } = await getSiteIndex();\n---\n\n<p>{articles.length}</p>\n`;
    expect(await broken('src/components/LintFixture.astro', loads)).toEqual([
      expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: .*Components never load content/),
    ]);
    const types = `---\nimport type { SiteArticle } from '../lib/content/query.ts';\n\ninterface Props {\n  article: SiteArticle;\n}\nconst { article } = Astro.props;\n---\n\n<p>{article.title}</p>\n`;
    expect(await broken('src/components/LintFixture.astro', types)).toEqual([]);
  });

  test('lets the modules whose job it is read the collections, the environment and the disk', async () => {
    const queries = `import { getCollection } from 'astro:content';\n\n/** Every article. */\nexport const all = () => getCollection('articles');\n`;
    expect(await broken('src/lib/content/query.ts', queries)).toEqual([]);
    expect(await broken('src/lib/listings/lint-fixture.ts', queries)).toEqual(
      expect.arrayContaining([expect.stringMatching(/'astro:content' import is restricted/)]),
    );
    expect(await broken('src/config/env.ts', readsEnv)).toEqual([]);
    expect(await broken('src/lib/content/loaders/lint-fixture.ts', readsDisk)).toEqual([]);
    expect(await broken('src/tools/lint-fixture.ts', readsDisk)).toEqual([]);
  });
});
