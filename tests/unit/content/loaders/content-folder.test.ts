import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  dataSlugs,
  existingArticle,
  readContentFolder,
} from '../../../../src/lib/content/loaders/content-folder.ts';
import { baseContent, contentWithFiles } from '../../../support/content-fixtures.ts';

/** Reading a content folder as the build's collections read it (its validation is tests/unit/content/validate.test.ts). */
describe('readContentFolder', () => {
  test('reads each collection’s files, an article folder’s index.md under the folder’s name', () => {
    const folder = readContentFolder(baseContent);
    const slugs = folder.articles.map((f) => f.slug);
    // In file-name order, a folder's index.md under the folder's name ("first-article-ur.md" sorts before
    // "first-article.md").
    expect(slugs).toEqual(slugs.toSorted((a, b) => (`${a}.md` < `${b}.md` ? -1 : 1)));
    expect(slugs).toEqual(
      expect.arrayContaining(['corrected-analysis', 'first-article', 'first-article-ur', 'draft-article']),
    );
    const corrected = folder.articles.find((f) => f.slug === 'corrected-analysis');
    expect(corrected?.file).toBe(join(baseContent, 'articles/corrected-analysis/index.md'));
    expect(corrected?.text).toMatch(/^---\n/);
    expect(folder.authors.map((f) => f.slug)).toEqual(['jane-doe', 'omar-khan']);
    expect(folder.tags.map((f) => f.slug)).toEqual(['politics', 'world']);
    expect(folder.series.map((f) => f.slug)).toEqual(['border-dispatches']);
    expect(folder.pages.map((f) => f.slug)).toEqual([
      'corrections-policy',
      'data-protection-ur',
      'data-protection',
    ]);
    expect(folder.problems).toEqual([]);
    expect(folder.exists(join(baseContent, 'articles/corrected-analysis/chart.png'))).toBe(true);
  });

  test('names every file and folder the build would not read, and sets aside Markdown of another extension', () => {
    const dir = contentWithFiles({
      'articles/notes.txt': 'Call the desk.',
      'articles/old.markdown': '---\ntitle: Old\n---\n',
      'articles/empty-folder/readme.md': 'Not an article.',
      'authors/jane.json': '{}',
    });
    const folder = readContentFolder(dir);
    expect(folder.unreadArticles.map((f) => f.slug)).toEqual(['notes', 'old']);
    expect(folder.problems.map((p) => [p.file, p.message.split(';')[0]])).toEqual([
      [join(dir, 'articles/empty-folder'), 'this folder is not read by the build'],
      [join(dir, 'authors/jane.json'), 'this file is not read by the build'],
    ]);
  });
});

describe('dataSlugs and existingArticle', () => {
  test('list the authors or tags of a folder by slug', () => {
    expect(dataSlugs(join(baseContent, 'tags'))).toEqual(['politics', 'world']);
    expect(dataSlugs(join(baseContent, 'nowhere'))).toEqual([]);
  });

  test('find an article by slug as a file or as a folder', () => {
    expect(existingArticle(baseContent, 'first-article')).toBe(
      join(baseContent, 'articles/first-article.md'),
    );
    expect(existingArticle(baseContent, 'corrected-analysis')).toBe(
      join(baseContent, 'articles/corrected-analysis/index.md'),
    );
    expect(existingArticle(baseContent, 'no-such-article')).toBeUndefined();
  });
});
