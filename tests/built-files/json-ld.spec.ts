import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { distDir, fixtureDistDir, htmlFiles } from '../support/built-site.ts';
import { jsonLdOf, jsonLdProblems, schemaOrgVocabulary } from '../support/json-ld-rules.ts';

// Every JSON-LD object of every page of the site and of the fixture site (series, co-bylines, key points,
// datelines, corrections) keeps to schema.org's vocabulary and Google's rules (tests/support/json-ld-rules.ts).
const vocabulary = schemaOrgVocabulary();

for (const dir of [distDir, fixtureDistDir]) {
  test(`the JSON-LD of every page of ${dir} is schema.org as Google reads it`, () => {
    const problems = htmlFiles(dir).flatMap((file) =>
      jsonLdOf(readFileSync(`${dir}/${file}`, 'utf8')).flatMap((object) =>
        jsonLdProblems(object, vocabulary).map((problem) => `${file}: ${problem}`),
      ),
    );
    expect(problems).toEqual([]);
  });

  test(`${dir} describes its articles, authors and home page in JSON-LD`, () => {
    const types = new Set(
      htmlFiles(dir).flatMap((file) =>
        jsonLdOf(readFileSync(`${dir}/${file}`, 'utf8')).map((object) =>
          typeof object === 'object' && object !== null && !Array.isArray(object)
            ? object['@type']
            : undefined,
        ),
      ),
    );
    for (const type of ['WebSite', 'ProfilePage', 'BreadcrumbList']) expect(types).toContain(type);
  });
}
