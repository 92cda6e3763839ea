import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/lib/content-rules.ts';
import { checkContentDir, lineOfKey } from '../../src/tools/check-content.ts';
import { baseContent, contentWith } from '../support/content-fixtures.ts';

/** The problems found in the base content plus one bad file, formatted without the temporary folder. */
function problemsWith(...files: string[]): string[] {
  const dir = contentWith(...files);
  return checkContentDir(dir).problems.map((p) => formatProblem(p).replaceAll(`${dir}/`, ''));
}

describe('checkContentDir', () => {
  test('accepts the real content', () => {
    const result = checkContentDir('content');
    expect(result.problems).toEqual([]);
    expect(result.counts.articles).toBeGreaterThanOrEqual(3);
  });

  test('accepts the valid fixture content', () => {
    expect(checkContentDir(baseContent).problems).toEqual([]);
  });

  // Each bad fixture gives exactly one problem naming the file, the line, the field and what was expected.
  test.each([
    // A field that is not written at all is reported where the front matter starts.
    ['missing-title.md', 'articles/missing-title.md:1: title: expected a headline as text'],
    [
      'bad-date.md',
      'articles/bad-date.md:5: pubDate: expected the publication date as a date such as 2024-01-18',
    ],
    [
      'updated-before-published.md',
      'articles/updated-before-published.md:6: updatedDate: expected a date on or after pubDate',
    ],
    [
      'unknown-author.md',
      'articles/unknown-author.md:6: author: unknown author "jane-do"; expected the slug of a file in content/authors/ (did you mean "jane-doe"?)',
    ],
    [
      'unknown-tag.md',
      'articles/unknown-tag.md:7: tags: unknown tag "politcs"; expected the slug of a file in content/tags/ (did you mean "politics"?)',
    ],
    [
      'unknown-related.md',
      'articles/unknown-related.md:8: related: unknown article "frist-article"; expected the slug of a file in content/articles/ (did you mean "first-article"?)',
    ],
    [
      'self-related.md',
      'articles/self-related.md:8: related: the article lists itself; expected other articles only',
    ],
    [
      'hero-without-alt.md',
      'articles/hero-without-alt.md:8: hero.alt: expected alt text describing the image as text',
    ],
    [
      'inline-image-without-alt.md',
      'articles/inline-image-without-alt.md:12: body: the image "./chart.png" has no alt text; expected ![what the image shows](./chart.png)',
    ],
    [
      'unknown-key.md',
      'articles/unknown-key.md:5: front matter: unknown front-matter key "subtitle"; expected only: title, description, kicker, pubDate, updatedDate, author, tags, related, hero, corrections, sources, draft, canonical',
    ],
    [
      'duplicate-slug',
      'articles/first-article/index.md:1: file name: the slug "first-article" is also used by articles/first-article.md; expected each slug once',
    ],
  ])('reports %s', (file, expected) => {
    const images: Record<string, string> = {
      'hero-without-alt.md': 'hero.png',
      'inline-image-without-alt.md': 'chart.png',
    };
    const image = images[file];
    const extra = image ? [file, image] : [file];
    expect(problemsWith(...extra)).toEqual([expected]);
  });

  test('reports every problem of every file at once', () => {
    const problems = problemsWith('bad-date.md', 'unknown-tag.md', 'self-related.md');
    expect(problems).toHaveLength(3);
  });
});

describe('lineOfKey', () => {
  const text = '---\ntitle: A\nhero:\n  src: x.png\n  alt: y\n---\n';
  test('finds a top-level key', () => {
    expect(lineOfKey(text, ['title'])).toBe(2);
  });
  test('finds a nested key after its parent', () => {
    expect(lineOfKey(text, ['hero', 'alt'])).toBe(5);
  });
  test('gives up on a key that is not written', () => {
    expect(lineOfKey(text, ['pubDate'])).toBeUndefined();
  });
});
