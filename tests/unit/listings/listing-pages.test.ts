import { describe, expect, test } from 'vitest';
import { listingPages, siteListings, withAlternates } from '../../../src/lib/listings/listing-pages.ts';
import { makeArticle, makeEditions, makeSiteIndex } from '../../support/make-article.ts';

const link = (path: string) => `/base/${path}`;
const options = { pageSize: 2, link };

/** Five articles, newest first: three in March 2024 (two on world and asia), one in January, one in 2023. */
const index = makeSiteIndex([
  makeArticle('march-3', { pubDate: '2024-03-03', tags: ['world', 'asia'] }),
  makeArticle('march-2', { pubDate: '2024-03-02', tags: ['world', 'asia'], authors: ['bob'] }),
  makeArticle('march-1', { pubDate: '2024-03-01' }),
  makeArticle('january', { pubDate: '2024-01-20' }),
  makeArticle('last-year', { pubDate: '2023-12-31' }),
]);
const slugs = (page: { items: readonly { slug: string }[] }) => page.items.map((a) => a.slug);

describe('listingPages', () => {
  const pages = listingPages(
    'en',
    index.articles,
    2,
    'World',
    (n) => `tags/world/${n}/`,
    link,
    (n) => ({ page: n === 1 ? undefined : String(n) }),
  );

  test('cuts the list into pages with their params and paths, in order', () => {
    expect(pages.map(slugs)).toEqual([['march-3', 'march-2'], ['march-1', 'january'], ['last-year']]);
    expect(pages.map((p) => p.params)).toEqual([
      { page: undefined, lang: undefined },
      { page: '2', lang: undefined },
      { page: '3', lang: undefined },
    ]);
    expect(pages.map((p) => p.path)).toEqual(['tags/world/1/', 'tags/world/2/', 'tags/world/3/']);
  });

  test('titles the first page by the listing’s name and later ones with their position', () => {
    expect(pages.map((p) => p.title)).toEqual(['World', 'World, page 2 of 3', 'World, page 3 of 3']);
  });

  test('counts the whole listing, with the page’s position when there is more than one page', () => {
    expect(pages.map((p) => p.countLabel)).toEqual([
      '5 articles, page 1 of 3',
      '5 articles, page 2 of 3',
      '5 articles, page 3 of 3',
    ]);
    const [single] = listingPages('en', index.articles.slice(0, 1), 2, 'One', String, link, () => ({}));
    expect(single?.countLabel).toBe('1 article');
  });

  test('hands the pagination bar the current page, the number of pages and the address of page n', () => {
    expect(pages[1]?.pageLinks.current).toBe(2);
    expect(pages[1]?.pageLinks.total).toBe(3);
    expect(pages[1]?.pageLinks.href(3)).toBe('/base/tags/world/3/');
  });
});

describe('siteListings', () => {
  const listings = siteListings(index, options);

  test('makes the home page the first page of the newest articles, and numbers the later ones', () => {
    expect(slugs(listings.homePage)).toEqual(['march-3', 'march-2']);
    expect(listings.latestPages.map((p) => [p.params, p.title])).toEqual([
      [{ page: '2', lang: undefined }, 'Latest articles, page 2 of 3'],
      [{ page: '3', lang: undefined }, 'Latest articles, page 3 of 3'],
    ]);
    expect(listings.homePage.pageLinks.href(2)).toBe('/base/page/2/');
    expect(listings.homePage.pageLinks.href(1)).toBe('/base/');
  });

  test('gives every tag and author its pages, the first without a page number', () => {
    expect(listings.tagPages.map((p) => [p.tag.slug, p.params, slugs(p)])).toEqual([
      ['asia', { tag: 'asia', page: undefined, lang: undefined }, ['march-3', 'march-2']],
      ['world', { tag: 'world', page: undefined, lang: undefined }, ['march-3', 'march-2']],
      ['world', { tag: 'world', page: '2', lang: undefined }, ['march-1', 'january']],
      ['world', { tag: 'world', page: '3', lang: undefined }, ['last-year']],
    ]);
    expect(listings.tagPages[2]?.pageLinks.href(3)).toBe('/base/tags/world/3/');
    expect(listings.authorPages.map((p) => [p.params, p.title])).toEqual([
      [{ author: 'ann', page: undefined, lang: undefined }, 'Ann'],
      [{ author: 'ann', page: '2', lang: undefined }, 'Ann, page 2 of 2'],
      [{ author: 'bob', page: undefined, lang: undefined }, 'Bob'],
    ]);
  });

  test('splits each page of a year’s archive into months, named in the site’s locale', () => {
    const pages = listings.archiveYearPages;
    expect(pages.map((p) => [p.params, p.title])).toEqual([
      [{ year: '2024', page: undefined, lang: undefined }, 'Archive 2024'],
      [{ year: '2024', page: '2', lang: undefined }, 'Archive 2024, page 2 of 2'],
      [{ year: '2023', page: undefined, lang: undefined }, 'Archive 2023'],
    ]);
    expect(pages[1]?.months.map((m) => [m.anchor, m.label, m.articles.map((a) => a.slug)])).toEqual([
      ['month-2024-03', 'March 2024', ['march-1']],
      ['month-2024-01', 'January 2024', ['january']],
    ]);
  });

  test('lists the archive’s years and months, each month linking to the page where it starts', () => {
    const [y2024, y2023] = listings.archiveYears;
    expect(y2024).toMatchObject({
      year: 2024,
      anchor: 'year-2024',
      href: '/base/archive/2024/',
      countLabel: '4 articles',
    });
    expect(y2024?.months).toEqual([
      { label: 'March', href: '/base/archive/2024/#month-2024-03', countLabel: '3 articles' },
      // January's only article is the fourth of the year: on page 2.
      { label: 'January', href: '/base/archive/2024/2/#month-2024-01', countLabel: '1 article' },
    ]);
    expect(y2023?.countLabel).toBe('1 article');
  });

  test('refuses a site without articles, which the content rules never let through', () => {
    expect(() => siteListings({ ...index, articles: [], summaries: [] }, options)).toThrow(
      'no published article',
    );
  });
});

describe('siteListings of the Urdu edition', () => {
  const urdu = makeEditions([
    makeArticle('one', { pubDate: '2024-03-03' }),
    makeArticle('ek', { pubDate: '2024-03-03', lang: 'ur' }),
    makeArticle('do', { pubDate: '2024-01-03', lang: 'ur' }),
    makeArticle('teen', { pubDate: '2024-01-02', lang: 'ur' }),
  ]).get('ur');
  if (!urdu) throw new Error('no Urdu edition');
  const listings = siteListings(urdu, options);

  test('puts every page under /ur/ with the language in its params', () => {
    expect(listings.homePage.path).toBe('ur/');
    expect(listings.latestPages.map((p) => [p.path, p.params])).toEqual([
      ['ur/page/2/', { page: '2', lang: 'ur' }],
    ]);
    expect(listings.homePage.pageLinks.href(2)).toBe('/base/ur/page/2/');
    expect(listings.tagPages.map((p) => p.path)).toEqual(['ur/tags/world/', 'ur/tags/world/2/']);
  });

  test('writes titles, counts and month names in Urdu', () => {
    expect(listings.latestPages[0]?.title).toBe('تازہ ترین مضامین، صفحہ 2 از 2');
    expect(listings.tagPages[0]?.title).toBe('دنیا');
    expect(listings.tagPages[0]?.countLabel).toBe('3 مضامین، صفحہ 1 از 2');
    expect(listings.archiveYears[0]?.months.map((m) => [m.label, m.countLabel])).toEqual([
      ['مارچ', '1 مضمون'],
      ['جنوری', '2 مضامین'],
    ]);
  });
});

describe('withAlternates', () => {
  test('gives every listing page the versions the function finds for its path', () => {
    const listings = withAlternates(siteListings(index, options), (path) => [
      { lang: 'ur', path: `ur/${path}` },
    ]);
    expect(listings.homePage.alternates).toEqual([{ lang: 'ur', path: 'ur/' }]);
    expect(listings.tagPages[0]?.alternates).toEqual([{ lang: 'ur', path: 'ur/tags/asia/' }]);
    expect(listings.archiveYearPages[2]?.alternates).toEqual([{ lang: 'ur', path: 'ur/archive/2023/' }]);
  });
});

describe('a site without articles', () => {
  test('is refused', () => {
    expect(() => siteListings({ ...index, articles: [], summaries: [] }, options)).toThrow(
      'no published article',
    );
  });
});

describe('the home page with pinned articles', () => {
  // Built on 1 June 2024 (make-article's build date): january's pin is in force, last-year's is over.
  const articles = [
    makeArticle('march-3', { pubDate: '2024-03-03' }),
    makeArticle('march-2', { pubDate: '2024-03-02' }),
    makeArticle('january', { pubDate: '2024-01-20', pinUntil: '2024-06-30' }),
    makeArticle('last-year', { pubDate: '2023-12-31', pinUntil: '2024-05-31' }),
  ];
  const home = (now: string) =>
    siteListings(makeSiteIndex(articles, { now: new Date(now) }), { ...options, pageSize: 3 });

  test('leads with the pinned article, then the others newest first, each once', () => {
    const listings = home('2024-06-01T12:00:00Z');
    expect([listings.homePage, ...listings.latestPages].map(slugs)).toEqual([
      ['january', 'march-3', 'march-2'],
      ['last-year'],
    ]);
    expect(listings.homePage.pinned).toBe(1);
    expect(listings.latestPages[0]?.pinned).toBe(0);
  });

  test('lists a pinned article in its place again once the pin is over', () => {
    const listings = home('2024-07-01T00:00:00Z');
    expect(slugs(listings.homePage)).toEqual(['march-3', 'march-2', 'january']);
    expect(listings.homePage.pinned).toBe(0);
  });
});
