import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { distDir, fixtureDistDir, htmlFiles } from '../support/built-site.ts';

// Every built page is valid HTML under html-validate's recommended rules (.htmlvalidate.mjs).
const validator = new HtmlValidate(new FileSystemConfigLoader());

/** html-validate's messages about one built file, one line each. */
async function problemsOf(dir: string, file: string): Promise<string[]> {
  const report = await validator.validateFile(`${dir}/${file}`);
  return report.results.flatMap((result) =>
    result.messages.map((m) => `${file}:${String(m.line)}:${String(m.column)} ${m.ruleId}: ${m.message}`),
  );
}

for (const file of htmlFiles()) {
  test(`${file} is valid HTML`, async () => {
    expect(await problemsOf(distDir, file)).toEqual([]);
  });
}

// The fixture site has the page kinds the real content lacks (the series index and series pages). Its build is
// one of the browser tests' web servers, so its files are listed when the test runs, not when it is collected.
test('every page of the fixture site is valid HTML', async () => {
  const files = htmlFiles(fixtureDistDir);
  expect(files).toContain('series/index.html');
  const problems = (await Promise.all(files.map((file) => problemsOf(fixtureDistDir, file)))).flat();
  expect(problems).toEqual([]);
});
