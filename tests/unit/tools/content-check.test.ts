import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
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
  test('passes clean content with a one-line summary of what it read and exit code 0, warnings only above it', () => {
    const dir = 'tests/fixtures/content';
    const { code, out, err } = run(dir);
    expect(code).toBe(0);
    // The fixture content pins an article until 1 March 2024: a pin that is over is worth a word, not a failure.
    expect(err).toEqual([
      'warning: articles/corrected-analysis/index.md:9: pinUntil: the pin ended with 2024-03-01, so the article is no longer pinned; expected a day still to come, or no pinUntil',
    ]);
    const count = (folder: string) =>
      readdirSync(join(dir, folder)).filter((name) => !name.startsWith('.')).length;
    expect(out).toEqual([
      expect.stringMatching(
        new RegExp(
          `^content:check: no problems in ${count('articles')} articles, ${count('authors')} authors, ` +
            `${count('tags')} tags, ${count('series')} series and ${count('pages')} pages in \\d+ ms; 1 warning above$`,
        ),
      ),
    ]);
  });

  test('reports three different mistakes in one file at once, each as file:line: field: message', () => {
    const { code, err } = run(contentWith('three-mistakes.md', 'chart.png'));
    expect(code).toBe(1);
    expect(err.slice(0, 3)).toEqual([
      'articles/three-mistakes.md:4: kicker: expected a kicker, one of: News, Analysis, Opinion, Explainer, Report, Interview, Review (did you mean "Analysis"?)',
      'articles/three-mistakes.md:7: tags: unknown tag "politcs"; expected the slug of a file in content/tags/ (did you mean "politics"?)',
      'articles/three-mistakes.md:12: body: the image "./chart.png" has no alt text; expected ![what the image shows](./chart.png)',
    ]);
    expect(err[3]).toMatch(/^warning: articles\/corrected-analysis\/index\.md:\d+: pinUntil: the pin ended/);
    expect(err.at(-1)).toMatch(
      /^content:check: 3 problems in 1 file \(checked \d+ articles, .*\); 1 warning above$/,
    );
  });

  test('exits 2 with its usage on a bad command line', () => {
    const { code, err } = run('one', 'two');
    expect(code).toBe(2);
    expect(err.join('\n')).toContain('usage: npm run content:check');
  });

  test('checks the real content through npm, as the first stage of npm test', () => {
    const result = spawnSync('npm', ['run', '--silent', 'content:check'], { encoding: 'utf8' });
    // The standards pages ship as templates (content/pages/): their placeholders are warnings, never problems.
    const lines = result.stderr.split('\n').filter((line) => line !== '');
    for (const line of lines)
      expect(line).toMatch(/^warning: content\/pages\/[a-z-]+\.md:\d+: body: template text is left/);
    expect(result.stdout).toMatch(/^content:check: no problems in \d+ articles/);
    expect(result.status).toBe(0);
  });
});
