import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../src/lib/content/rules.ts';
import { checkContentDir } from '../../../src/lib/content/loaders/content-folder.ts';
import { lineOfKey, validateContent, type SourceFile } from '../../../src/lib/content/validate.ts';
import { baseContent, contentWith, contentWithFiles } from '../../support/content-fixtures.ts';

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

  // One case per kind of mistake, and the build's agreement with this check: tests/build/bad-content.test.ts.
  test('gives a problem in the text the line of the file it is on, after the front matter', () => {
    const dir = contentWithFiles(
      {
        'articles/late-image.md':
          '---\ntitle: A late image\ndescription: A dek.\nkicker: News\npubDate: 2024-01-15\nauthors: [jane-doe]\ntags: [world]\n---\n\nA paragraph.\n\n![](./chart.png)\n',
      },
      { 'articles/chart.png': 'articles/corrected-analysis/chart.png' },
    );
    expect(checkContentDir(dir).problems.map((p) => formatProblem(p).replaceAll(`${dir}/`, ''))).toEqual([
      'articles/late-image.md:12: body: the image "./chart.png" has no alt text; expected ![what the image shows](./chart.png)',
    ]);
  });

  test('gives a YAML syntax error the line of the file it is on', () => {
    const dir = contentWithFiles({
      'articles/broken.md':
        '---\ntitle: Broken\ndescription: A dek.\ntags: [world\nkicker: News\n---\n\nText.\n',
    });
    const [problem] = checkContentDir(dir).problems;
    expect(problem?.field).toBe('front matter');
    expect(problem?.message).toMatch(/^not valid YAML: /);
    expect(problem?.line).toBe(5);
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

describe('validateContent', () => {
  /** A content folder held in memory: the validation reads nothing itself. */
  const file = (path: string, text: string): SourceFile => ({
    file: `content/${path}`,
    slug: path.replace(/^.*\/|\.(md|yaml)$/g, ''),
    text,
  });
  const folder = (exists: (path: string) => boolean) => ({
    dir: 'content',
    articles: [
      file(
        'articles/a-map.md',
        '---\ntitle: A map\ndescription: A dek.\nkicker: News\npubDate: 2024-01-15\nauthors: [ann]\ntags: [world]\n---\n\nWords.\n\n![The border](./map.png)\n',
      ),
    ],
    unreadArticles: [],
    authors: [file('authors/ann.yaml', 'name: Ann\nbio: Writes.\n')],
    tags: [file('tags/world.yaml', 'name: World\ndescription: The world.\n')],
    series: [],
    pages: [],
    problems: [],
    exists,
  });

  test('validates files held in memory, asking the folder whether an image exists', () => {
    const asked: string[] = [];
    const ok = validateContent(
      folder((path) => {
        asked.push(path);
        return true;
      }),
      new Date('2024-06-01'),
    );
    expect(ok.problems).toEqual([]);
    expect(ok.counts).toEqual({ articles: 1, authors: 1, tags: 1, series: 0, pages: 0 });
    expect(asked).toEqual(['content/articles/map.png']);
    expect(validateContent(folder(() => false), new Date('2024-06-01')).problems.map(formatProblem)).toEqual([
      'content/articles/a-map.md:12: body: the image "./map.png" does not exist; expected an image file beside the article',
    ]);
  });
});
