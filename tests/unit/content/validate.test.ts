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

const policy =
  '---\ntitle: Policy\ndescription: How we handle data.\nupdatedDate: 2024-01-01\n---\n\nText.\n';
const policyFile: SourceFile = {
  file: 'content/pages/data-protection.md',
  slug: 'data-protection',
  text: policy,
};
const urduPolicy: SourceFile = {
  file: 'content/pages/data-protection-ur.md',
  slug: 'data-protection-ur',
  text: '---\ntitle: پالیسی\ndescription: ڈیٹا۔\nupdatedDate: 2024-01-01\nlang: ur\ntranslationOf: data-protection\n---\n\nمتن۔\n',
};

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
    pages: [file('pages/data-protection.md', policy)],
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
    expect(ok.counts).toEqual({ articles: 1, authors: 1, tags: 1, series: 0, pages: 1 });
    expect(asked).toEqual(['content/articles/map.png']);
    expect(
      validateContent(
        folder(() => false),
        new Date('2024-06-01'),
      ).problems.map(formatProblem),
    ).toEqual([
      'content/articles/a-map.md:12: body: the image "./map.png" does not exist; expected an image file beside the article',
    ]);
  });

  test('refuses a standalone page named after another edition, whose pages live under that name', () => {
    const page = file(
      'pages/ur.md',
      '---\ntitle: Urdu\ndescription: A page.\nupdatedDate: 2024-01-01\n---\n\nText.\n',
    );
    const found = validateContent(
      { ...folder(() => true), pages: [policyFile, page] },
      new Date('2024-06-01'),
    );
    expect(found.problems.map(formatProblem)).toEqual([
      'content/pages/ur.md:1: file name: /ur/ is a page of the site itself; expected another file name for this page',
    ]);
  });
});

describe('validateContent of translations', () => {
  const file = (path: string, text: string): SourceFile => ({
    file: `content/${path}`,
    slug: path.replace(/^.*\/|\.(md|yaml)$/g, ''),
    text,
  });
  const article = (slug: string, extra = '', tags = '[world]') =>
    file(
      `articles/${slug}.md`,
      `---\ntitle: ${slug}\ndescription: A dek.\nkicker: News\npubDate: 2024-01-15\nauthors: [ann]\ntags: ${tags}\n${extra}---\n\nWords.\n`,
    );
  const urduNames = 'translations:\n  ur:\n    name: این\n    bio: لکھتی ہیں۔\n';
  const problems = (articles: SourceFile[], pages = [policyFile, urduPolicy]) =>
    validateContent(
      {
        dir: 'content',
        articles,
        unreadArticles: [],
        authors: [file('authors/ann.yaml', `name: Ann\nbio: Writes.\n${urduNames}`)],
        tags: [
          file(
            'tags/world.yaml',
            'name: World\ndescription: The world.\ntranslations:\n  ur:\n    name: دنیا\n    description: دنیا۔\n',
          ),
          file('tags/asia.yaml', 'name: Asia\ndescription: Asia.\n'),
        ],
        series: [],
        pages,
        problems: [],
        exists: () => true,
      },
      new Date('2024-06-01'),
    ).problems.map(formatProblem);

  test('accepts an article and its Urdu translation', () => {
    expect(problems([article('one'), article('ek', 'lang: ur\ntranslationOf: one\n')])).toEqual([]);
  });

  test('names an unknown original, with a suggestion', () => {
    expect(problems([article('one'), article('ek', 'lang: ur\ntranslationOf: onee\n')])).toEqual([
      'content/articles/ek.md:9: translationOf: unknown article "onee"; expected the slug of a file in content/articles/ (did you mean "one"?)',
    ]);
  });

  test('refuses a translation in its original’s language, and a translation of a translation', () => {
    expect(
      problems([
        article('one'),
        article('same', 'translationOf: one\n'),
        article('ek', 'lang: ur\ntranslationOf: one\n'),
        article('again', 'translationOf: ek\n'),
      ]),
    ).toEqual([
      'content/articles/again.md:8: translationOf: "ek" is itself a translation (of "one"); expected the slug of the original',
      'content/articles/same.md:8: translationOf: "one" is in "en" too; expected a translation into another language than its original’s',
    ]);
  });

  test('refuses two translations into the same language, naming the first', () => {
    expect(
      problems([
        article('one'),
        article('ek', 'lang: ur\ntranslationOf: one\n'),
        article('do', 'lang: ur\ntranslationOf: one\n'),
      ]),
    ).toEqual([
      'content/articles/do.md:9: translationOf: content/articles/ek.md already translates "one" into "ur"; expected one translation into each language',
    ]);
  });

  test('wants an Urdu article’s tags named in Urdu', () => {
    expect(problems([article('ek', 'lang: ur\n', '[world, asia]')])).toEqual([
      'content/articles/ek.md:7: tags: the tag "asia" has no name and description in "ur"; expected them under translations: ur: in content/tags/asia.yaml',
    ]);
  });

  test('wants a related article in the article’s own language', () => {
    expect(problems([article('one'), article('ek', 'lang: ur\nrelated: [one]\n')])).toEqual([
      'content/articles/ek.md:9: related: "one" is in "en"; expected articles in the article’s own language, "ur"',
    ]);
  });

  test('wants the Data Protection Policy in every language that has articles', () => {
    expect(problems([article('one'), article('ek', 'lang: ur\n')], [policyFile])).toEqual([
      'content/articles/ek.md:8: lang: there is no Data Protection Policy in "ur" for the articles in it; expected a page in content/pages/ with lang: ur and translationOf: data-protection',
    ]);
  });

  test('names a language it does not know, with a suggestion', () => {
    expect(problems([article('one', 'lang: urd\n')])[0]).toBe(
      'content/articles/one.md:8: lang: expected the language of the article as one of: en, ur (did you mean "ur"?)',
    );
  });
});
