import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { contentCheck } from '../../../src/tools/content-check.ts';
import { contentWith } from '../../support/content-fixtures.ts';
import { captureOutput } from '../../support/tool-output.ts';

/** Runs the command on a folder; paths in the output are shown relative to that folder. */
function run(dir: string, ...extra: string[]) {
  const { out, err, context } = captureOutput();
  const code = contentCheck([dir, ...extra], context.out, context.err);
  const strip = (lines: string[]) => lines.map((line) => line.replaceAll(`${dir}/`, ''));
  return { code, out: strip(out), err: strip(err) };
}

describe('npm run content:check', () => {
  // The fixture content: first-article, second-article, corrected-analysis/, draft-article, scheduled-article.
  test('passes clean content with a one-line summary and exit code 0', () => {
    const { code, out, err } = run('tests/fixtures/content');
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out).toEqual([
      expect.stringMatching(
        /^content:check: no problems in 7 articles, 1 author, 2 tags and 2 pages in \d+ ms$/,
      ),
    ]);
  });

  test('reports three different mistakes in one file at once, each as file:line: field: message', () => {
    const { code, err } = run(contentWith('three-mistakes.md', 'chart.png'));
    expect(code).toBe(1);
    expect(err.slice(0, -1)).toEqual([
      'articles/three-mistakes.md:4: kicker: expected a kicker, one of: News, Analysis, Opinion, Explainer, Report, Interview, Review (did you mean "Analysis"?)',
      'articles/three-mistakes.md:7: tags: unknown tag "politcs"; expected the slug of a file in content/tags/ (did you mean "politics"?)',
      'articles/three-mistakes.md:12: body: the image "./chart.png" has no alt text; expected ![what the image shows](./chart.png)',
    ]);
    expect(err.at(-1)).toMatch(/^content:check: 3 problems in 1 file \(checked 8 articles, .*\)$/);
  });

  test('exits 2 with its usage on a bad command line', () => {
    const { code, err } = run('one', 'two');
    expect(code).toBe(2);
    expect(err.join('\n')).toContain('usage: npm run content:check');
  });

  test('checks the real content through npm, as the first stage of npm test', () => {
    const result = spawnSync('npm', ['run', '--silent', 'content:check'], { encoding: 'utf8' });
    expect(result.stderr).not.toContain('content/');
    expect(result.stdout).toMatch(/^content:check: no problems in \d+ articles/);
    expect(result.status).toBe(0);
  });
});
