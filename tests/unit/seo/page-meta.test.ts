import { describe, expect, test } from 'vitest';
import {
  articleMeta,
  authorMeta,
  defaultCrumbs,
  hrefLangs,
  LOGO,
  publisherOf,
  SHARE_IMAGE,
  seriesMeta,
  siteFeedsOf,
  tagMeta,
} from '../../../src/lib/seo/page-meta.ts';
import { absoluteLink } from '../../../src/lib/urls/links.ts';
import { makeArticle, makeEditions, makeSeries, makeSiteIndex } from '../../support/make-article.ts';

const site = { name: 'Dispatch' };

/** Absolute URLs on the configured site (SITE_URL and BASE_PATH), as the built pages have them. */
const at = (path: string) => absoluteLink(path);

const index = makeSiteIndex([
  makeArticle('own-piece', {
    title: 'Our own piece',
    kicker: 'Analysis',
    pubDate: '2024-01-18',
    corrections: [{ date: '2024-01-25', text: 'A name was misspelt.' }],
    sources: [{ title: 'A report', url: 'https://example.org/report' }],
    tags: ['asia', 'world'],
  }),
  makeArticle('syndicated', { canonical: 'https://original.example/story/' }),
]);
const article = (slug: string) => {
  const found = index.articleBySlug.get(slug);
  if (!found) throw new Error(`fixture article ${slug} is not published`);
  return found;
};

describe('publisher and site feeds', () => {
  test('name the site, its home page and its square logo by absolute URL', () => {
    expect(publisherOf('en')).toMatchObject({
      name: site.name,
      locale: 'en-GB',
      url: at(''),
      logo: { url: at('logo.png'), width: LOGO.width, height: LOGO.height, alt: `${site.name} logo` },
    });
  });

  test('name the Urdu edition in Urdu, at its own home page, with the one logo', () => {
    expect(publisherOf('ur')).toMatchObject({
      name: 'ڈسپیچ',
      locale: 'ur-PK',
      url: at('ur/'),
      logo: { url: at('logo.png'), alt: 'ڈسپیچ کا لوگو' },
    });
  });

  test('offer the RSS, Atom and JSON feeds of the edition', () => {
    expect(siteFeedsOf('en').map((f) => [f.type, f.url])).toEqual([
      ['application/rss+xml', at('rss.xml')],
      ['application/atom+xml', at('atom.xml')],
      ['application/feed+json', at('feed.json')],
    ]);
    expect(siteFeedsOf('ur').map((f) => f.url)).toEqual([
      at('ur/rss.xml'),
      at('ur/atom.xml'),
      at('ur/feed.json'),
    ]);
  });
});

describe('articleMeta', () => {
  test('gives the article’s facts for OpenGraph and NewsArticle, its last change included', () => {
    const meta = articleMeta(article('own-piece'));
    expect(meta.article).toEqual({
      headline: 'Our own piece',
      kicker: 'Analysis',
      type: 'Analysis',
      published: new Date('2024-01-18'),
      modified: new Date('2024-01-25'),
      authors: [{ name: 'Ann', url: at('authors/ann/') }],
      tags: ['Asia', 'World'],
      citations: [
        { title: 'A report', publisher: undefined, url: 'https://example.org/report', date: undefined },
      ],
      keyPoints: [],
      corrections: [{ date: new Date('2024-01-25'), text: 'A name was misspelt.' }],
      dateline: undefined,
      series: undefined,
      translations: [],
    });
  });

  test('links an original and its translation both ways, in the translation’s language', () => {
    const editions = makeEditions([
      makeArticle('original', { title: 'The original', kicker: 'Analysis' }),
      makeArticle('tarjuma', { title: 'ترجمہ', kicker: 'Analysis', lang: 'ur', translationOf: 'original' }),
    ]);
    const original = articleMeta(editions.get('en')?.articleBySlug.get('original') as never);
    const translation = articleMeta(editions.get('ur')?.articleBySlug.get('tarjuma') as never);
    expect(original.article?.translations).toEqual([
      { url: at('ur/articles/original/'), inLanguage: 'ur-PK' },
    ]);
    expect(translation.article).toMatchObject({
      kicker: 'تجزیہ',
      type: 'Analysis',
      translationOf: { url: at('articles/original/'), inLanguage: 'en-GB' },
      translations: [],
    });
    expect(translation.image?.url).toBe(at('ur/articles/original/share.png'));
    expect(translation.breadcrumbs?.map((c) => c.name)).toEqual(['ڈسپیچ', 'دنیا', 'ترجمہ']);
  });

  test('points at the article’s share image, described by its kicker and headline', () => {
    expect(articleMeta(article('own-piece')).image).toEqual({
      url: at('articles/own-piece/share.png'),
      ...SHARE_IMAGE,
      alt: 'Analysis: Our own piece',
    });
  });

  test('gives the search overrides instead of the headline, dek and card, and the social image the build made', () => {
    const overridden = makeSiteIndex(
      [
        makeArticle('overridden', {
          title: 'A headline for the page',
          seo: {
            title: 'A title for search',
            description: 'A description for search.',
            image: './social.jpg',
            imageAlt: 'What the social image shows',
          },
        }),
      ],
      { socialImages: new Map([['overridden', 'https://example.org/_astro/social.abc.jpg']]) },
    ).articles[0];
    if (!overridden) throw new Error('the fixture article is not published');
    const meta = articleMeta(overridden);
    expect(meta).toMatchObject({
      searchTitle: 'A title for search',
      searchDescription: 'A description for search.',
      article: { headline: 'A title for search' },
      image: {
        url: 'https://example.org/_astro/social.abc.jpg',
        ...SHARE_IMAGE,
        alt: 'What the social image shows',
      },
    });
    expect(articleMeta(article('own-piece'))).not.toHaveProperty('searchTitle');
  });

  test('leads the breadcrumbs through the first tag', () => {
    expect(articleMeta(article('own-piece')).breadcrumbs).toEqual([
      { name: site.name, url: at('') },
      { name: 'Asia', url: at('tags/asia/') },
      { name: 'Our own piece', url: at('articles/own-piece/') },
    ]);
  });

  test('names the original of a syndicated article as canonical, and no canonical for the site’s own', () => {
    expect(articleMeta(article('syndicated')).canonical).toBe('https://original.example/story/');
    expect(articleMeta(article('own-piece'))).not.toHaveProperty('canonical');
  });
});

describe('tagMeta and authorMeta', () => {
  const [tag] = index.tags;
  const [author] = index.authors;

  test('offer a tag’s own feed first, and lead the breadcrumbs through the topics', () => {
    if (!tag) throw new Error('no tag');
    const meta = tagMeta(tag, 'en');
    expect(meta.feeds).toEqual([
      { title: `${site.name}: Asia (RSS)`, url: at('tags/asia/rss.xml'), type: 'application/rss+xml' },
    ]);
    expect(meta.breadcrumbs?.map((c) => c.name)).toEqual([site.name, 'Topics', 'Asia']);
  });

  test('lead an author’s breadcrumbs through the authors', () => {
    if (!author) throw new Error('no author');
    expect(authorMeta(author, 'en').breadcrumbs).toEqual([
      { name: site.name, url: at('') },
      { name: 'Authors', url: at('authors/') },
      { name: 'Ann', url: at('authors/ann/') },
    ]);
  });

  test('give any other page Home › its title', () => {
    expect(defaultCrumbs('Search', at('search/'), 'en')).toEqual([
      { name: site.name, url: at('') },
      { name: 'Search', url: at('search/') },
    ]);
  });
});

describe('hrefLangs', () => {
  test('lists every version by language, then x-default for the default language’s', () => {
    expect(
      hrefLangs([
        { lang: 'en', path: 'tags/iran/' },
        { lang: 'ur', path: 'ur/tags/iran/' },
      ]),
    ).toEqual([
      { hreflang: 'en', url: at('tags/iran/') },
      { hreflang: 'ur', url: at('ur/tags/iran/') },
      { hreflang: 'x-default', url: at('tags/iran/') },
    ]);
  });

  test('gives a page in one language no alternates', () => {
    expect(hrefLangs([])).toEqual([]);
  });
});

describe('seriesMeta', () => {
  const { series } = makeSiteIndex(
    [
      makeArticle('part-one', { series: 'border', pubDate: '2024-01-01' }),
      makeArticle('part-two', { series: 'border', pubDate: '2024-01-02', kicker: 'Analysis' }),
    ],
    {},
    { series: [makeSeries('border', { title: 'Border Dispatches', description: 'From the border.' })] },
  );
  const [border] = series;
  if (!border) throw new Error('the fixture series has no published part');

  test('offers the series’ own feed first and trails Home › Series › series', () => {
    const meta = seriesMeta(border, 'en');
    expect(meta.feeds?.[0]).toEqual({
      title: `${site.name}: Border Dispatches (series)`,
      url: at('series/border/rss.xml'),
      type: 'application/rss+xml',
    });
    expect(meta.breadcrumbs?.map((c) => c.name)).toEqual([site.name, 'Series', 'Border Dispatches']);
    expect(meta.breadcrumbs?.at(-1)?.url).toBe(at('series/border/'));
  });

  test('describes the series and its parts in order, by absolute URL', () => {
    expect(seriesMeta(border, 'en').series).toEqual({
      name: 'Border Dispatches',
      description: 'From the border.',
      url: at('series/border/'),
      parts: [
        { headline: 'The part-one story', url: at('articles/part-one/'), part: 1, kicker: 'News' },
        { headline: 'The part-two story', url: at('articles/part-two/'), part: 2, kicker: 'Analysis' },
      ],
    });
  });
});
