import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../src/lib/content/rules.ts';
import { importPage } from '../../../src/lib/editor/page-import.ts';
import { checkContentDir } from '../../../src/lib/content/loaders/content-folder.ts';
import { importArticle } from '../../../src/tools/import-page.ts';
import { contentWith } from '../../support/content-fixtures.ts';
import { captureOutput } from '../../support/tool-output.ts';

const now = new Date('2024-03-05T10:00:00Z');
const savedPage = 'tests/fixtures/import/saved-article.html';
const withMetadata = 'tests/fixtures/import/with-metadata.html';
const seedSlug = 'irans-missile-strike-on-pakistani-territory-a-tense-turn-in-cross-border';

function run(...args: string[]) {
  const contentDir = contentWith();
  const output = captureOutput();
  const code = importArticle(args, { contentDir, now, ...output.context });
  return { code, contentDir, ...output };
}

function imported(contentDir: string, slug: string) {
  const text = readFileSync(join(contentDir, 'articles', `${slug}.md`), 'utf8');
  return { text, ...parseFrontmatter(text) };
}

describe('importPage on a saved page like the seed', () => {
  const { article, slug } = importPage(readFileSync(savedPage, 'utf8'), {
    source: savedPage,
    authors: [{ slug: 'hadia-safeer', name: 'Hadia Safeer' }],
    now,
  });

  test('takes the headline from the page’s metadata and makes the slug from it', () => {
    expect(article.title).toEqual({
      value: 'Iran’s Missile Strike on Pakistani Territory: A Tense Turn in Cross-Border Relations',
    });
    expect(slug).toBe(seedSlug);
  });

  test('matches the byline to an existing author by name', () => {
    expect(article.authors).toEqual({ value: ['hadia-safeer'] });
  });

  test('keeps the article’s paragraphs and subheadings, curly quotes and emphasis intact', () => {
    expect(article.body).toContain(
      'In response to the “unprovoked violation of its airspace,” Pakistan’s foreign ministry summoned',
    );
    expect(article.body).toContain('\n\n## A long-standing problem\n\n');
    expect(article.body).toContain('has carried out _several_ strikes');
    expect(article.body.startsWith('Iran and Pakistan, two critical nations')).toBe(true);
  });

  test('leaves out navigation, the related list, the byline, the author’s bio, the footer and the cookie notice', () => {
    for (const chrome of [
      'Economy',
      'North Korea’s New Year’s Threat',
      'January 15, 2024',
      'By Hadia Safeer',
      'The writer is a student',
      'Privacy',
      'This website uses cookies',
      'Accept',
    ]) {
      expect(article.body).not.toContain(chrome);
    }
  });

  test('never guesses what the page does not state: date, dek, kicker and tags are TODOs', () => {
    expect(article.pubDate).toEqual({ todo: 'the page states no publication date' });
    expect('todo' in article.description).toBe(true);
    expect('todo' in article.kicker).toBe(true);
    expect('todo' in article.tags).toBe(true);
  });

  test('turns an image hosted elsewhere into a TODO line saying where it was', () => {
    expect(article.body).toContain(
      'TODO: an image (alt text "Map of the border region", caption "The border region.") was here, at https://cdn.example.org/uploads/border-map.jpg',
    );
    expect(article.body).not.toContain('](https://cdn.example.org');
  });
});

describe('npm run import', () => {
  test('writes a draft whose TODOs content:check reports, each on its line', () => {
    const { code, contentDir, out } = run(savedPage);
    expect(code).toBe(0);
    expect(out.at(-1)).toBe(
      `Created ${join(contentDir, 'articles', `${seedSlug}.md`)} (a draft). Still TODO: description, kicker, pubDate, authors, tags. Run "npm run content:check" to list them.`,
    );
    const { frontmatter } = imported(contentDir, seedSlug);
    expect(frontmatter['draft']).toBe(true);
    const problems = checkContentDir(contentDir).problems.map((p) =>
      formatProblem(p).replace(`${contentDir}/`, ''),
    );
    const file = `articles/${seedSlug}.md`;
    expect(problems).toEqual([
      `${file}:5: description: still a TODO placeholder; expected a dek (summary)`,
      `${file}:6: kicker: still a TODO placeholder; expected a kicker, one of: News, Analysis, Opinion, Explainer, Report, Interview, Review`,
      `${file}:7: pubDate: still a TODO placeholder; expected the publication date as a date such as 2024-01-18`,
      `${file}:8: authors.0: still a TODO placeholder; expected the slug of an author in content/authors/`,
      `${file}:9: tags.0: still a TODO placeholder; expected the slug of a tag in content/tags/`,
      expect.stringMatching(
        new RegExp(`^${file}:\\d+: body: a TODO placeholder is left in the text \\("TODO: an image`),
      ),
    ]);
  });

  test('says in the file why the author is a TODO when the byline has no author file', () => {
    const { contentDir } = run(savedPage);
    expect(imported(contentDir, seedSlug).text).toContain(
      'authors: [TODO] # the byline is "Hadia Safeer", who has no file in content/authors/: add content/authors/hadia-safeer.yaml or pass --author',
    );
  });

  test('takes the author given with --author', () => {
    const { contentDir } = run(savedPage, '--author', 'jane-doe');
    expect(imported(contentDir, seedSlug).frontmatter['authors']).toEqual(['jane-doe']);
  });

  test('reads date, dek and author from a page’s metadata (a file: URL), leaving only kicker and tags', () => {
    const { code, contentDir } = run(pathToFileURL(resolve(withMetadata)).href);
    expect(code).toBe(0);
    const { frontmatter, content } = imported(contentDir, 'talks-resume-at-the-border');
    expect(frontmatter).toMatchObject({
      title: 'Talks Resume at the Border',
      description: 'Negotiators met again on Tuesday after a week-long pause.',
      authors: ['jane-doe'],
      kicker: 'TODO',
      tags: ['TODO'],
    });
    expect(frontmatter['pubDate']).toEqual(new Date('2024-02-06'));
    expect(content).toContain('\n- Patrols will be reduced during the talks.\n- A hotline');
    expect(content).not.toContain('By Jane Doe');
  });

  test('refuses to overwrite an existing article', () => {
    const contentDir = contentWith();
    const { context } = captureOutput();
    expect(importArticle([savedPage], { contentDir, now, ...context })).toBe(0);
    const second = captureOutput();
    expect(importArticle([savedPage], { contentDir, now, ...second.context })).toBe(1);
    expect(second.err[0]).toMatch(/already exists; give a new slug with --slug$/);
  });

  test('refuses an unknown --author with a suggestion, writing nothing', () => {
    const { code, err, contentDir } = run(savedPage, '--author', 'jane-do');
    expect(code).toBe(1);
    expect(err).toEqual([
      'import: --author: unknown author "jane-do"; expected the slug of a file in content/authors/ (did you mean "jane-doe"?)',
    ]);
    expect(existsSync(join(contentDir, 'articles', `${seedSlug}.md`))).toBe(false);
  });

  test('refuses a missing file', () => {
    const { code, err } = run('tests/fixtures/import/no-such-page.html');
    expect(code).toBe(1);
    expect(err[0]).toMatch(/^import: cannot read tests\/fixtures\/import\/no-such-page\.html/);
  });

  test.each([
    [[], 'expected one saved page to import'],
    [[savedPage, withMetadata], 'expected one saved page to import'],
    [[savedPage, '--bogus'], "Unknown option '--bogus'"],
    [[savedPage, '--slug', 'Not A Slug'], '--slug "Not A Slug"'],
    [['https://example.org/article'], 'is a web address; save the page from the browser'],
  ])('rejects the command line %j with a usage message', (args, message) => {
    const { code, err } = run(...args);
    expect(code).toBe(2);
    expect(err.join('\n')).toContain(message);
    expect(err.join('\n')).toContain('usage: npm run import');
  });
});
