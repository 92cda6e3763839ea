import { describe, expect, test } from 'vitest';
import { ContentError } from '../../../src/lib/content/rules.ts';
import {
  buildEditions,
  buildSiteIndex,
  isPublished,
  type ArticleInput,
} from '../../../src/lib/content/site-index.ts';
import {
  defaultTags,
  makeArticle,
  makeTag,
  siteInput,
  type Fields,
} from '../../support/make-article.ts';

const now = new Date('2024-02-01T00:00:00Z');
const options = { includeDrafts: false, now, wordsPerMinute: 200 };

/** An article of 450 words (3 minutes at 200 words a minute) unless another body is given. */
const article = (slug: string, fields: Fields = {}, body = 'word '.repeat(450)) =>
  makeArticle(slug, fields, body);

/** The content: the articles, the default authors (Ann, Bob) and tags (World, Asia), and a tag nobody uses. */
const input = (articles: ArticleInput<string, string>[]) =>
  siteInput(articles, { tags: [...defaultTags, makeTag('unused', { name: 'Unused' })] });

describe('buildSiteIndex', () => {
  test('orders articles newest first, the slug breaking ties', () => {
    const index = buildSiteIndex(
      input([
        article('older', { pubDate: '2024-01-01' }),
        article('b-same-day', { pubDate: '2024-01-15' }),
        article('a-same-day', { pubDate: '2024-01-15' }),
      ]),
      options,
    );
    expect(index.articles.map((a) => a.slug)).toEqual(['a-same-day', 'b-same-day', 'older']);
  });

  test('resolves author, tags, curated related articles in the editor’s order, and reading time', () => {
    const index = buildSiteIndex(
      input([
        article('one', { tags: ['asia', 'world'], related: ['three', 'two'] }),
        article('two', { author: 'bob' }),
        article('three'),
      ]),
      options,
    );
    const one = index.articleBySlug.get('one');
    expect(one?.author.name).toBe('Ann');
    expect(one?.tags.map((t) => t.name)).toEqual(['Asia', 'World']);
    expect(one?.related.map((r) => r.slug)).toEqual(['three', 'two']);
    expect(one?.readingMinutes).toBe(3); // 450 words at 200 a minute
    expect(one?.source).toBe('one');
  });

  test('lists tags and authors that have articles, each with its articles newest first', () => {
    const index = buildSiteIndex(
      input([
        article('old-asia', { tags: ['asia'], pubDate: '2024-01-01' }),
        article('new-asia', { tags: ['asia', 'world'], author: 'bob' }),
      ]),
      options,
    );
    expect(index.tags.map((t) => [t.slug, t.articles.map((a) => a.slug)])).toEqual([
      ['asia', ['new-asia', 'old-asia']],
      ['world', ['new-asia']],
    ]);
    expect(index.authors.map((a) => [a.slug, a.articles.length])).toEqual([
      ['ann', 1],
      ['bob', 1],
    ]);
  });

  test('leaves drafts and future articles out of a production build', () => {
    const index = buildSiteIndex(
      input([
        article('live'),
        article('draft', { draft: true }),
        article('scheduled', { pubDate: '2024-03-01' }),
      ]),
      options,
    );
    expect(index.articles.map((a) => a.slug)).toEqual(['live']);
  });

  test('shows drafts when asked to (the dev server)', () => {
    const index = buildSiteIndex(input([article('live'), article('draft', { draft: true })]), {
      ...options,
      includeDrafts: true,
    });
    expect(index.articles.map((a) => a.slug)).toEqual(['draft', 'live']);
  });

  test('fails with every cross-reference problem at once', () => {
    const build = () =>
      buildSiteIndex(
        input([article('one', { author: 'nobody', tags: ['wrold'], related: ['one', 'missing'] })]),
        options,
      );
    expect(build).toThrow(ContentError);
    expect(build).toThrow(
      [
        '4 content problems:',
        '  content/articles/one.md: author: unknown author "nobody"; expected the slug of a file in content/authors/',
        '  content/articles/one.md: tags: unknown tag "wrold"; expected the slug of a file in content/tags/ (did you mean "world"?)',
        '  content/articles/one.md: related: the article lists itself; expected other articles only',
        '  content/articles/one.md: related: unknown article "missing"; expected the slug of a file in content/articles/',
      ].join('\n'),
    );
  });

  test('fails when there are no articles at all (a wrong content folder)', () => {
    expect(() => buildSiteIndex(input([]), options)).toThrow(/no articles were found/);
  });

  test('fills each article’s related list after the curated ones with computed ones, never a draft', () => {
    const index = buildSiteIndex(
      input([
        article('one', { tags: ['asia'], related: ['two'] }, 'monsoon harbour tanker'),
        article('two', { tags: ['world'] }, 'election ballot'),
        article('three', { tags: ['asia'] }, 'monsoon harbour tanker'),
        article('four', { tags: ['asia'], draft: true }, 'monsoon harbour tanker'),
        article('five', { tags: ['world'] }, 'unrelated words entirely'),
      ]),
      { ...options, includeDrafts: true },
    );
    // two is curated; three shares the tag asia and every word with one; four would too, but is a draft;
    // five shares nothing with one (the tag world is two's, and no word) and is no candidate.
    expect(index.articleBySlug.get('one')?.related.map((r) => r.slug)).toEqual(['two', 'three']);
  });

  test('derives the archive by year and month from the published articles', () => {
    const index = buildSiteIndex(
      input([
        article('jan', { pubDate: '2024-01-10' }),
        article('dec', { pubDate: '2023-12-05' }),
        article('draft', { pubDate: '2023-12-06', draft: true }),
      ]),
      options,
    );
    expect(index.archive.map((y) => [y.year, y.count, y.months.map((m) => [m.month, m.count])])).toEqual([
      [2024, 1, [[1, 1]]],
      [2023, 1, [[12, 1]]],
    ]);
  });

  test('gives each article its canonical address and hero from the front matter, and each listing its count', () => {
    const index = buildSiteIndex(
      input([
        article('own', { hero: { src: './hero.jpg', alt: 'A harbour', credit: 'Dispatch' } }),
        article('syndicated', { canonical: 'https://original.example/story/', tags: ['world', 'asia'] }),
      ]),
      options,
    );
    expect(index.articleBySlug.get('own')).toMatchObject({
      canonical: undefined,
      hero: { src: './hero.jpg', alt: 'A harbour', credit: 'Dispatch' },
    });
    expect(index.articleBySlug.get('syndicated')).toMatchObject({
      canonical: 'https://original.example/story/',
      hero: undefined,
    });
    expect(index.tags.map((t) => [t.slug, t.countLabel])).toEqual([
      ['asia', '1 article'],
      ['world', '2 articles'],
    ]);
    expect(index.authors.map((a) => a.countLabel)).toEqual(['2 articles']);
  });

  test('refuses a published article that relates to a draft', () => {
    expect(() =>
      buildSiteIndex(input([article('one', { related: ['two'] }), article('two', { draft: true })]), options),
    ).toThrow(/related: "two" is a draft/);
  });
});

describe('isPublished', () => {
  test('publishes an article dated exactly at the build time', () => {
    expect(isPublished({ draft: false, pubDate: now }, options)).toBe(true);
  });
});

describe('buildEditions', () => {
  const urdu = (slug: string, fields: Fields = {}, body = 'لفظ '.repeat(320)) =>
    article(slug, { lang: 'ur', ...fields }, body);

  test('makes one edition per language with published articles, each listing its own articles only', () => {
    const editions = buildEditions(
      input([article('one'), urdu('ek', { translationOf: 'one' }), urdu('draft-ur', { draft: true })]),
      options,
    );
    expect([...editions.keys()]).toEqual(['en', 'ur']);
    expect(editions.get('en')?.articles.map((a) => a.slug)).toEqual(['one']);
    expect(editions.get('ur')?.articles.map((a) => a.slug)).toEqual(['ek']);
  });

  test('makes no edition for a language without a published article', () => {
    expect([...buildEditions(input([article('one'), urdu('draft-ur', { draft: true })]), options).keys()]).toEqual([
      'en',
    ]);
  });

  test('names authors and tags in the edition’s language and counts in it', () => {
    const ur = buildEditions(input([article('one'), urdu('ek'), urdu('do')]), options).get('ur');
    expect(ur?.articleBySlug.get('ek')?.author.name).toBe('این');
    expect(ur?.tags.map((t) => [t.name, t.countLabel])).toEqual([['دنیا', '2 مضامین']]);
    expect(ur?.authors.map((a) => [a.name, a.bio])).toEqual([['این', 'لکھتی ہیں۔']]);
  });

  test('publishes a translation at its original’s address under its language, each linking the other', () => {
    const editions = buildEditions(input([article('one'), urdu('ek', { translationOf: 'one' })]), options);
    const original = editions.get('en')?.articleBySlug.get('one');
    const translation = editions.get('ur')?.articleBySlug.get('ek');
    expect(translation).toMatchObject({ lang: 'ur', urlSlug: 'one', path: 'ur/articles/one/' });
    expect(translation?.original).toEqual({ lang: 'en', path: 'articles/one/', title: 'The one story' });
    expect(translation?.translations).toEqual([]);
    expect(original?.translations).toEqual([{ lang: 'ur', path: 'ur/articles/one/', title: 'The ek story' }]);
    expect(original?.original).toBeUndefined();
    expect(original?.versions.map((v) => v.lang)).toEqual(['en', 'ur']);
  });

  test('links no version that is not published', () => {
    const editions = buildEditions(
      input([article('one', { draft: true }), urdu('ek', { translationOf: 'one' })]),
      options,
    );
    expect(editions.get('ur')?.articleBySlug.get('ek')).toMatchObject({ original: undefined, versions: [expect.objectContaining({ lang: 'ur' })] });
  });

  test('keeps related articles within the article’s language', () => {
    const editions = buildEditions(
      input([
        article('one', { tags: ['asia'] }, 'monsoon harbour tanker'),
        article('two', { tags: ['asia'] }, 'monsoon harbour tanker'),
        article('three', {}, 'election ballot'),
        urdu('ek', { tags: ['asia'] }, 'monsoon harbour tanker'),
      ]),
      options,
    );
    expect(editions.get('en')?.articleBySlug.get('one')?.related.map((r) => r.slug)).toEqual(['two']);
    expect(editions.get('ur')?.articleBySlug.get('ek')?.related).toEqual([]);
  });

  test('reads each language at its own speed', () => {
    const editions = buildEditions(input([article('one'), urdu('ek')]), {
      ...options,
      wordsPerMinute: { en: 225, ur: 160 },
    });
    // 450 English words at 225 a minute; 320 Urdu words at 160 a minute.
    expect(editions.get('en')?.articleBySlug.get('one')?.readingMinutes).toBe(2);
    expect(editions.get('ur')?.articleBySlug.get('ek')?.readingMinutes).toBe(2);
  });
});
