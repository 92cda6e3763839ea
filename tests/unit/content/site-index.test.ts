import { describe, expect, test } from 'vitest';
import { isPublished, relatedKey } from '../../../src/lib/content/editions.ts';
import { ContentError } from '../../../src/lib/content/rules.ts';
import {
  buildEditions,
  buildSiteIndex,
  scoreRelated,
  type ArticleInput,
} from '../../../src/lib/content/site-index.ts';
import {
  defaultTags,
  makeArticle,
  makeSeries,
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
        article('two', { authors: ['bob'] }),
        article('three'),
      ]),
      options,
    );
    const one = index.articleBySlug.get('one');
    expect(one?.authors.map((a) => a.name)).toEqual(['Ann']);
    expect(one?.tags.map((t) => t.name)).toEqual(['Asia', 'World']);
    expect(one?.related.map((r) => r.slug)).toEqual(['three', 'two']);
    expect(one?.readingMinutes).toBe(3); // 450 words at 200 a minute
    expect(one?.source).toBe('one');
  });

  test('lists tags and authors that have articles, each with its articles newest first', () => {
    const index = buildSiteIndex(
      input([
        article('old-asia', { tags: ['asia'], pubDate: '2024-01-01' }),
        article('new-asia', { tags: ['asia', 'world'], authors: ['bob'] }),
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
        input([article('one', { authors: ['nobody'], tags: ['wrold'], related: ['one', 'missing'] })]),
        options,
      );
    expect(build).toThrow(ContentError);
    expect(build).toThrow(
      [
        '4 content problems:',
        '  content/articles/one.md: authors: unknown author "nobody"; expected the slug of a file in content/authors/',
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

  test('tells each edition’s published articles before their related articles are scored', () => {
    const told: string[][] = [];
    const events: string[] = [];
    buildEditions(
      input([
        article('one'),
        article('two'),
        urdu('ek', { translationOf: 'one' }),
        urdu('do', { draft: true }),
      ]),
      {
        ...options,
        onArticles: (known) => {
          told.push(known.map((a) => `${a.lang}:${a.slug}:${a.path}`));
          events.push('articles');
        },
        onRelatedTiming: () => events.push('related'),
      },
    );
    expect(told).toEqual([['en:one:articles/one/', 'en:two:articles/two/'], ['ur:ek:ur/articles/one/']]);
    expect(events).toEqual(['articles', 'related', 'articles', 'related']);
  });

  test('takes the related lists scored ahead under its own key, and scores them itself under any other', () => {
    const articles = [
      article('one', { tags: ['world'] }, 'Strikes near the border.'),
      article('two', { tags: ['asia'] }, 'Talks in the capital.'),
      article('three', { tags: ['world', 'asia'] }, 'Strikes, then talks at the border.'),
    ].map((a, i) => ({
      ...a,
      digest: String(i),
    }));
    const key = relatedKey('en', articles) ?? '';
    // Lists the scoring would not give (two without a link): only handed-over lists look like this.
    const handed = [
      ['one', ['three']],
      ['two', []],
      ['three', ['one', 'two']],
    ] as const;
    const scored: string[] = [];
    const relatedOf = (ahead: Map<string, typeof handed>) =>
      buildSiteIndex(input(articles), {
        ...options,
        relatedAhead: ahead,
        onRelatedTiming: () => scored.push('scored'),
      }).articles.map((a) => [a.slug, a.related.map((r) => r.slug)]);
    expect(relatedOf(new Map([[key, handed]]))).toEqual([
      ['one', ['three']],
      ['three', ['one', 'two']],
      ['two', []],
    ]);
    expect(scored).toEqual([]);
    const own = new Map(scoreRelated(articles));
    expect([...own]).not.toEqual(handed.map(([slug, links]) => [slug, [...links]]));
    expect(relatedOf(new Map([[`${key}-other`, handed]]))).toEqual(
      ['one', 'three', 'two'].map((slug) => [slug, own.get(slug)]),
    );
    expect(scored).toEqual(['scored']);
  });

  test('makes no edition for a language without a published article', () => {
    expect([
      ...buildEditions(input([article('one'), urdu('draft-ur', { draft: true })]), options).keys(),
    ]).toEqual(['en']);
  });

  test('names authors and tags in the edition’s language and counts in it', () => {
    const ur = buildEditions(input([article('one'), urdu('ek'), urdu('do')]), options).get('ur');
    expect(ur?.articleBySlug.get('ek')?.authors[0]?.name).toBe('این');
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
    expect(editions.get('ur')?.articleBySlug.get('ek')).toMatchObject({
      original: undefined,
      versions: [expect.objectContaining({ lang: 'ur' })],
    });
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
    expect(
      editions
        .get('en')
        ?.articleBySlug.get('one')
        ?.related.map((r) => r.slug),
    ).toEqual(['two']);
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

describe('series', () => {
  const border = makeSeries('border', { title: 'Border Dispatches', description: 'From the border.' });
  const withSeries = (articles: ArticleInput<string, string>[], opts = options) =>
    buildSiteIndex(siteInput(articles, { series: [border, makeSeries('empty-now')] }), opts);
  const parts = [
    article('one', { series: 'border', pubDate: '2024-01-01' }),
    article('two', { series: 'border', seriesPart: 2, pubDate: '2024-01-20' }),
    article('three', { series: 'border', pubDate: '2024-01-10' }),
    // Dated after the build (1 February): numbered, counted, but neither listed nor linked yet.
    article('four', { series: 'border', pubDate: '2024-03-01' }),
    article('only-part', { series: 'empty-now', pubDate: '2024-05-01' }),
  ];

  test('lists a series’ published parts in part order, and counts scheduled parts in its total', () => {
    const [listing, ...others] = withSeries(parts).series;
    expect(others).toEqual([]);
    expect(listing?.parts.map((p) => [p.part, p.article.slug])).toEqual([
      [1, 'one'],
      [2, 'two'],
      [3, 'three'],
    ]);
    expect(listing).toMatchObject({ title: 'Border Dispatches', total: 4, countLabel: '3 parts' });
  });

  test('gives each part its place, “Part n of total”, and the published parts before and after it', () => {
    const index = withSeries(parts);
    const placement = (slug: string) => {
      const series = index.articleBySlug.get(slug)?.series;
      return series && [series.part, series.total, series.previous?.article.slug, series.next?.article.slug];
    };
    expect(placement('one')).toEqual([1, 4, undefined, 'two']);
    expect(placement('two')).toEqual([2, 4, 'one', 'three']);
    expect(placement('three')).toEqual([3, 4, 'two', undefined]);
    expect(index.articleBySlug.get('one')?.series?.title).toBe('Border Dispatches');
  });

  test('leaves articles outside any series without a place', () => {
    expect(withSeries([...parts, article('alone')]).articleBySlug.get('alone')?.series).toBeUndefined();
  });

  test('lists the series with the newest part first', () => {
    const index = withSeries(
      [...parts, article('newer', { series: 'empty-now', pubDate: '2024-01-25' })],
      options,
    );
    expect(index.series.map((s) => s.slug)).toEqual(['empty-now', 'border']);
  });

  test('refuses an unknown series, a part claimed twice and a series without a published article', () => {
    const build = () =>
      buildSiteIndex(
        siteInput(
          [
            article('a', { series: 'bordr' }),
            article('b', { series: 'border', seriesPart: 1 }),
            article('c', { series: 'border', seriesPart: 1 }),
            article('d', { series: 'drafts-only', draft: true }),
          ],
          { series: [border, makeSeries('drafts-only')] },
        ),
        options,
      );
    expect(build).toThrow(ContentError);
    expect(build).toThrow(
      [
        '4 content problems:',
        '  content/articles/a.md: series: unknown series "bordr"; expected the slug of a file in content/series/ (did you mean "border"?)',
        '  content/articles/b.md: seriesPart: part 1 of the series "border" is also claimed by content/articles/c.md; expected each part number once',
        '  content/articles/c.md: seriesPart: part 1 of the series "border" is also claimed by content/articles/b.md; expected each part number once',
        '  content/series/drafts-only.yaml: series: no article is published in this series; expected at least one article (not a draft) with series: drafts-only',
      ].join('\n'),
    );
  });
});

describe('pinned articles', () => {
  test('lists the articles pinned at the build date, newest first, and none whose pin is over', () => {
    const index = buildSiteIndex(
      input([
        article('old-pinned', { pubDate: '2024-01-02', pinUntil: '2024-02-10' }),
        article('new-pinned', { pubDate: '2024-01-20', pinUntil: '2024-02-01' }),
        article('pin-over', { pubDate: '2024-01-25', pinUntil: '2024-01-31' }),
        article('newest', { pubDate: '2024-01-30' }),
        article('scheduled-pin', { pubDate: '2024-03-01', pinUntil: '2024-03-05' }),
      ]),
      options,
    );
    expect(index.pinned.map((a) => a.slug)).toEqual(['new-pinned', 'old-pinned']);
    // The pinned articles stay in the newest-first list of every article too.
    expect(index.articles.map((a) => a.slug)).toEqual(['newest', 'pin-over', 'new-pinned', 'old-pinned']);
  });

  test('refuses more than three pins at once, naming every pinned file', () => {
    const build = () =>
      buildSiteIndex(
        input(
          ['a', 'b', 'c', 'd'].map((slug) =>
            article(slug, { pubDate: '2024-01-10', pinUntil: '2024-02-05' }),
          ),
        ),
        options,
      );
    expect(build).toThrow(ContentError);
    expect(build).toThrow(
      /content\/articles\/a\.md: pinUntil: 4 articles would be pinned at once on 2024-02-01 \(content\/articles\/b\.md, content\/articles\/c\.md, content\/articles\/d\.md and this one\); expected at most 3/,
    );
  });
});
