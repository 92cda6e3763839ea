import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../src/lib/content/rules.ts';
import { checkContentDir } from '../../../src/lib/content/loaders/content-folder.ts';
import { newArticle } from '../../../src/tools/new-article.ts';
import { contentWith } from '../../support/content-fixtures.ts';
import { captureOutput } from '../../support/tool-output.ts';

const now = new Date('2024-03-05T22:30:00Z');

/** Runs `new` against a fresh copy of the fixture content. */
function run(...args: string[]) {
  const contentDir = contentWith();
  const output = captureOutput();
  const code = newArticle(args, { contentDir, now, ...output.context });
  return { code, contentDir, ...output };
}

const valid = ['Iran’s Strikes: A New Turn', '--author', 'jane-doe', '--tags', 'world,politics'];

describe('npm run new', () => {
  test('creates a draft named after the headline, dated today, with the given author and tags', () => {
    const { code, contentDir, out } = run(...valid);
    expect(code).toBe(0);
    const file = join(contentDir, 'articles', 'irans-strikes-a-new-turn.md');
    expect(out).toEqual([expect.stringContaining(`Created ${file}`)]);
    const { frontmatter } = parseFrontmatter(readFileSync(file, 'utf8'));
    expect(frontmatter).toMatchObject({
      title: 'Iran’s Strikes: A New Turn',
      authors: ['jane-doe'],
      tags: ['world', 'politics'],
      draft: true,
    });
    expect(frontmatter['pubDate']).toEqual(new Date('2024-03-05'));
  });

  test('leaves the dek, the kicker and the text as TODOs that content:check reports', () => {
    const { contentDir } = run(...valid);
    const problems = checkContentDir(contentDir).problems.map((p) =>
      formatProblem(p).replace(`${contentDir}/`, ''),
    );
    expect(problems).toEqual([
      'articles/irans-strikes-a-new-turn.md:3: description: still a TODO placeholder; expected a dek (summary)',
      'articles/irans-strikes-a-new-turn.md:4: kicker: still a TODO placeholder; expected a kicker, one of: News, Analysis, Opinion, Explainer, Report, Interview, Review',
      'articles/irans-strikes-a-new-turn.md:27: body: a TODO placeholder is left in the text ("TODO: write the article here, in Markdown."); expected the article’s own words',
    ]);
  });

  test('scaffolds an Urdu article with --lang ur, its slug given, that content:check accepts once written', () => {
    const { code, contentDir } = run(
      'ایک نیا مضمون',
      '--lang',
      'ur',
      '--slug',
      'ek-naya-mazmoon',
      '--author',
      'jane-doe',
      '--tags',
      'world',
      '--kicker',
      'News',
    );
    expect(code).toBe(0);
    const file = join(contentDir, 'articles', 'ek-naya-mazmoon.md');
    const text = readFileSync(file, 'utf8');
    expect(parseFrontmatter(text).frontmatter).toMatchObject({ title: 'ایک نیا مضمون', lang: 'ur' });
    writeFileSync(
      file,
      text.replace(/'TODO: the dek'.*/, "'ایک خلاصہ۔'").replace(/^TODO: write .*$/m, 'ایک پیراگراف۔'),
    );
    expect(checkContentDir(contentDir).problems.map(formatProblem)).toEqual([]);
  });

  test('asks for --slug when an Urdu headline gives no Latin letters to make one', () => {
    const { code, err } = run('ایک نیا مضمون', '--lang', 'ur', '--author', 'jane-doe', '--tags', 'world');
    expect(code).toBe(2);
    expect(err.join('\n')).toContain('give one with --slug');
  });

  test('scaffolds a translation with --translation-of: its slug, tags and kicker from the original', () => {
    const { code, contentDir } = run(
      'دوسرا مضمون',
      '--lang',
      'ur',
      '--translation-of',
      'second-article',
      '--author',
      'jane-doe',
    );
    expect(code).toBe(0);
    const { frontmatter } = parseFrontmatter(
      readFileSync(join(contentDir, 'articles', 'second-article-ur.md'), 'utf8'),
    );
    expect(frontmatter).toMatchObject({
      lang: 'ur',
      translationOf: 'second-article',
      tags: ['world', 'politics'],
      kicker: 'Analysis',
    });
  });

  test('refuses an unknown language or original, with a suggestion', () => {
    expect(run(...valid, '--lang', 'urdu').err.join('\n')).toContain(
      '--lang "urdu": expected one of: en, ur (did you mean "ur"?)',
    );
    const unknownOriginal = run(
      'ترجمہ',
      '--lang',
      'ur',
      '--translation-of',
      'secnd-article',
      '--author',
      'jane-doe',
    );
    expect(unknownOriginal.code).toBe(1);
    expect(unknownOriginal.err.join('\n')).toContain('--translation-of: unknown article "secnd-article"');
  });

  test('writes every front-matter field an editor may need, the optional ones commented out', () => {
    const { contentDir } = run(...valid, '--kicker', 'Analysis');
    const text = readFileSync(join(contentDir, 'articles', 'irans-strikes-a-new-turn.md'), 'utf8');
    for (const field of ['updatedDate', 'related', 'hero', 'corrections', 'sources']) {
      expect(text).toContain(`# ${field}:`);
    }
    expect(text).toContain('\nkicker: Analysis\n');
  });

  test('creates a folder with index.md for an article with images', () => {
    const { code, contentDir } = run(...valid, '--folder');
    expect(code).toBe(0);
    expect(existsSync(join(contentDir, 'articles', 'irans-strikes-a-new-turn', 'index.md'))).toBe(true);
  });

  test('takes the slug given with --slug', () => {
    const { contentDir } = run(...valid, '--slug', 'iran-turn');
    expect(existsSync(join(contentDir, 'articles', 'iran-turn.md'))).toBe(true);
  });

  test('refuses to overwrite an existing article and leaves it untouched', () => {
    const contentDir = contentWith();
    const file = join(contentDir, 'articles', 'first-article.md');
    const before = readFileSync(file, 'utf8');
    const { err, context } = captureOutput();
    const code = newArticle(['First Article', '--author', 'jane-doe', '--tags', 'world'], {
      contentDir,
      now,
      ...context,
    });
    expect(code).toBe(1);
    expect(err[0]).toBe(
      `new: ${file} already exists; choose another headline or give a new slug with --slug`,
    );
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  test('refuses an article whose folder form already exists', () => {
    const contentDir = contentWith();
    newArticle([...valid, '--folder'], { contentDir, now, ...captureOutput().context });
    const { err, context } = captureOutput();
    expect(newArticle(valid, { contentDir, now, ...context })).toBe(1);
    expect(err[0]).toContain('irans-strikes-a-new-turn/index.md already exists');
  });

  test('refuses an unknown author, tag and kicker with suggestions, all at once, writing nothing', () => {
    const { code, err, contentDir } = run(
      'A Headline',
      '--author',
      'jane-do',
      '--tags',
      'world,politcs',
      '--kicker',
      'analysis',
    );
    expect(code).toBe(1);
    expect(err).toEqual([
      'new: --authors: unknown author "jane-do"; expected the slug of a file in content/authors/ (did you mean "jane-doe"?)',
      'new: --tags: unknown tag "politcs"; expected the slug of a file in content/tags/ (did you mean "politics"?)',
      'new: --kicker: unknown kicker "analysis"; expected one of: News, Analysis, Opinion, Explainer, Report, Interview, Review (did you mean "Analysis"?)',
      'new: nothing was written',
    ]);
    expect(existsSync(join(contentDir, 'articles', 'a-headline.md'))).toBe(false);
  });

  test.each([
    [['--author', 'jane-doe', '--tags', 'world'], 'expected the headline as one quoted argument'],
    [
      ['Two', 'Words', '--author', 'jane-doe', '--tags', 'world'],
      'expected the headline as one quoted argument',
    ],
    [['Headline', '--tags', 'world'], 'expected --authors <slug>'],
    [['Headline', '--author', 'jane-doe'], 'expected --tags with at least one tag'],
    [['Headline', '--author', 'jane-doe', '--tags', 'world', '--bogus'], "Unknown option '--bogus'"],
    [['Headline', '--author', '--tags', 'world'], "Option '--author' argument is ambiguous"],
    [['Headline', '--author', 'jane-doe', '--tags', 'world', '--slug', 'Bad_Slug'], '--slug "Bad_Slug"'],
    [['???', '--author', 'jane-doe', '--tags', 'world'], 'give one with --slug'],
  ])('rejects the command line %j with a usage message', (args, message) => {
    const { code, err } = run(...args);
    expect(code).toBe(2);
    expect(err.join('\n')).toContain(message);
    expect(err.join('\n')).toContain('usage: npm run new');
  });

  test('runs as an npm script with Node’s type stripping, writing into DISPATCH_CONTENT_DIR', () => {
    const contentDir = contentWith();
    writeFileSync(join(contentDir, 'articles', 'marker.txt'), '');
    const result = spawnSync('npm', ['run', '--silent', 'new', '--', 'From the Shell', ...valid.slice(1)], {
      encoding: 'utf8',
      env: { ...process.env, DISPATCH_CONTENT_DIR: contentDir },
    });
    expect(result.stderr).not.toContain('Error');
    expect(result.status).toBe(0);
    expect(existsSync(join(contentDir, 'articles', 'from-the-shell.md'))).toBe(true);
  });
});
