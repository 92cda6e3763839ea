import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentWith } from '../support/content-fixtures.ts';

/**
 * The real `astro build` against bad content: it must fail (exit code not 0) with the file, the field
 * and what was expected. Each case is one class of error: one Astro's schema check catches, and ones that
 * Astro alone lets through with exit code 0 and that Dispatch's content module turns into failures.
 */
function build(contentDir: string) {
  const work = mkdtempSync(join(tmpdir(), 'dispatch-build-'));
  const result = spawnSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(work, 'dist')],
    {
      encoding: 'utf8',
      env: { ...process.env, DISPATCH_CONTENT_DIR: contentDir, DISPATCH_CACHE_DIR: join(work, 'cache') },
      timeout: 120_000,
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('astro build on bad content', () => {
  test('fails on a front-matter field that breaks the schema, naming file, field and expectation', () => {
    const { status, output } = build(contentWith('bad-date.md'));
    expect(status).not.toBe(0);
    expect(output).toContain('bad-date.md');
    expect(output).toContain('pubDate');
    expect(output).toContain('expected the publication date as a date such as 2024-01-18');
  }, 120_000);

  test('fails on an unknown author, which Astro alone would only log', () => {
    const { status, output } = build(contentWith('unknown-author.md'));
    expect(status).not.toBe(0);
    expect(output).toContain(
      'unknown-author.md: author: unknown author "jane-do"; expected the slug of a file in content/authors/ (did you mean "jane-doe"?)',
    );
  }, 120_000);

  test('fails on an empty or missing content folder, which Astro alone would only warn about', () => {
    const { status, output } = build(join(tmpdir(), 'dispatch-no-such-content-folder'));
    expect(status).not.toBe(0);
    expect(output).toContain('no articles were found');
  }, 120_000);

  test('builds the valid fixture content', () => {
    const { status, output } = build('tests/fixtures/content');
    expect(output).toContain('Complete!');
    expect(status).toBe(0);
  }, 120_000);
});
