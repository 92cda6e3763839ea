import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { distDir, htmlFiles } from '../support/built-site.ts';

// Every built page is valid HTML under html-validate's recommended rules (.htmlvalidate.mjs).
const validator = new HtmlValidate(new FileSystemConfigLoader());

for (const file of htmlFiles()) {
  test(`${file} is valid HTML`, async () => {
    const report = await validator.validateFile(`${distDir}/${file}`);
    const messages = report.results.flatMap((result) =>
      result.messages.map((m) => `${String(m.line)}:${String(m.column)} ${m.ruleId}: ${m.message}`),
    );
    expect(messages).toEqual([]);
  });
}
