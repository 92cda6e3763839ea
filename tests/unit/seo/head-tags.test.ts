import { describe, expect, test } from 'vitest';
import { ogLocale, pageSeo, pageTitle, type PageInput } from '../../../src/lib/seo/head-tags.ts';
import { articleType, jsonLdText } from '../../../src/lib/seo/json-ld.ts';

const publisher = {
  name: 'Dispatch',
  locale: 'en-GB',
  url: 'https://example.org/news/',
  logo: { url: 'https://example.org/news/logo.png', width: 512, height: 512, alt: 'Dispatch logo' },
};
const feeds = [
  { title: 'Dispatch (RSS)', url: 'https://example.org/news/rss.xml', type: 'application/rss+xml' as const },
];
const page: PageInput = {
  publisher,
  title: 'Topics',
  description: 'Every topic.',
  url: 'https://example.org/news/tags/',
  indexable: true,
  feeds,
};
const article: PageInput = {
  ...page,
  title: 'A headline',
  description: 'The dek.',
  url: 'https://example.org/news/articles/a/',
  image: { url: 'https://example.org/news/articles/a/share.png', width: 1200, height: 630, alt: 'Card' },
  article: {
    headline: 'A headline',
    kicker: 'Opinion',
    type: 'Opinion',
    published: new Date('2024-01-18'),
    modified: new Date('2024-01-18'),
    authors: [{ name: 'Hadia Safeer', url: 'https://example.org/news/authors/hadia-safeer/' }],
    tags: ['Iran', 'Pakistan'],
  },
  breadcrumbs: [
    { name: 'Dispatch', url: 'https://example.org/news/' },
    { name: 'A headline', url: 'https://example.org/news/articles/a/' },
  ],
};

const fail = (): never => {
  throw new Error('fixture without article facts');
};

const metaOf = (input: PageInput, key: string) =>
  pageSeo(input)
    .meta.filter((m) => ('name' in m ? m.name : m.property) === key)
    .map((m) => m.content);

describe('pageTitle', () => {
  test('appends the site name to a page title, and names the site alone on the home page', () => {
    expect(pageTitle('Topics', 'Dispatch')).toBe('Topics · Dispatch');
    expect(pageTitle(undefined, 'Dispatch')).toBe('Dispatch: news analysis');
  });
});

describe('articleType', () => {
  test('uses the schema.org subtype of each kind of work, NewsArticle for News and Interview', () => {
    expect(articleType('Analysis')).toBe('AnalysisNewsArticle');
    expect(articleType('Opinion')).toBe('OpinionNewsArticle');
    expect(articleType('Report')).toBe('ReportageNewsArticle');
    expect(articleType('Explainer')).toBe('BackgroundNewsArticle');
    expect(articleType('Review')).toBe('ReviewNewsArticle');
    expect(articleType('News')).toBe('NewsArticle');
    expect(articleType('Interview')).toBe('NewsArticle');
  });
});

describe('ogLocale', () => {
  test('writes the locale with an underscore, as OpenGraph wants', () => {
    expect(ogLocale('en-GB')).toBe('en_GB');
  });
});

describe('pageSeo', () => {
  test('uses the page URL as canonical and og:url', () => {
    const seo = pageSeo(page);
    expect(seo.canonical).toBe('https://example.org/news/tags/');
    expect(metaOf(page, 'og:url')).toEqual(['https://example.org/news/tags/']);
  });

  test('lets a syndicated article name its original as canonical, in og:url and JSON-LD too', () => {
    const input = { ...article, canonical: 'https://original.example/story' };
    const seo = pageSeo(input);
    expect(seo.canonical).toBe('https://original.example/story');
    expect(metaOf(input, 'og:url')).toEqual(['https://original.example/story']);
    expect(seo.jsonLd[0]).toMatchObject({ mainEntityOfPage: { '@id': 'https://original.example/story' } });
  });

  test('asks search engines not to index a preview build, and keeps the canonical URL', () => {
    const input = { ...page, indexable: false };
    expect(metaOf(input, 'robots')).toEqual(['noindex, nofollow']);
    expect(pageSeo(input).canonical).toBe(page.url);
    expect(metaOf(page, 'robots')).toEqual([]);
  });

  test('gives an error page noindex and no canonical URL or og:url', () => {
    const input = { ...page, errorPage: true };
    expect(pageSeo(input).canonical).toBeUndefined();
    expect(metaOf(input, 'og:url')).toEqual([]);
    expect(metaOf(input, 'robots')).toEqual(['noindex, nofollow']);
  });

  test('marks an article up as an OpenGraph article with times, author and one tag per topic', () => {
    expect(metaOf(article, 'og:type')).toEqual(['article']);
    expect(metaOf(article, 'article:published_time')).toEqual(['2024-01-18T00:00:00.000Z']);
    // No update: modified is the publication time.
    expect(metaOf(article, 'article:modified_time')).toEqual(['2024-01-18T00:00:00.000Z']);
    expect(metaOf(article, 'article:author')).toEqual(['https://example.org/news/authors/hadia-safeer/']);
    expect(metaOf(article, 'article:tag')).toEqual(['Iran', 'Pakistan']);
    expect(metaOf(page, 'og:type')).toEqual(['website']);
  });

  test('uses a large Twitter card for a share image and a small one for the logo', () => {
    expect(metaOf(article, 'twitter:card')).toEqual(['summary_large_image']);
    expect(metaOf(article, 'og:image')).toEqual(['https://example.org/news/articles/a/share.png']);
    expect(metaOf(page, 'twitter:card')).toEqual(['summary']);
    expect(metaOf(page, 'og:image')).toEqual(['https://example.org/news/logo.png']);
  });

  test('leaves X the og: title, description and image rather than repeating them as twitter: tags', () => {
    for (const name of ['twitter:title', 'twitter:description', 'twitter:image', 'twitter:image:alt'])
      expect(metaOf(article, name)).toEqual([]);
    expect(metaOf(article, 'og:image:alt')).toHaveLength(1);
  });

  test('names the site’s X account only when it has one', () => {
    expect(metaOf(page, 'twitter:site')).toEqual([]);
    expect(
      metaOf({ ...page, publisher: { ...publisher, twitterSite: '@dispatch' } }, 'twitter:site'),
    ).toEqual(['@dispatch']);
  });

  test('describes an article as the NewsArticle subtype of its kicker, with author, publisher and keywords', () => {
    const [ld, crumbs] = pageSeo(article).jsonLd;
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'OpinionNewsArticle',
      headline: 'A headline',
      description: 'The dek.',
      image: ['https://example.org/news/articles/a/share.png'],
      datePublished: '2024-01-18T00:00:00.000Z',
      dateModified: '2024-01-18T00:00:00.000Z',
      author: [
        { '@type': 'Person', name: 'Hadia Safeer', url: 'https://example.org/news/authors/hadia-safeer/' },
      ],
      // The publisher by reference; the home page describes it in full.
      publisher: {
        '@type': 'NewsMediaOrganization',
        '@id': 'https://example.org/news/#organization',
        name: 'Dispatch',
        url: 'https://example.org/news/',
      },
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://example.org/news/articles/a/' },
      url: 'https://example.org/news/articles/a/',
      keywords: ['Iran', 'Pakistan'],
      articleSection: 'Opinion',
      inLanguage: 'en-GB',
    });
    expect(crumbs).toMatchObject({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Dispatch', item: 'https://example.org/news/' },
        {
          '@type': 'ListItem',
          position: 2,
          name: 'A headline',
          item: 'https://example.org/news/articles/a/',
        },
      ],
    });
  });

  test('gives the key points as the abstract, and the dateline with its place as a Place', () => {
    const input: PageInput = {
      ...article,
      article: {
        ...(article.article ?? fail()),
        keyPoints: ['Iran struck inside Pakistan.', 'Pakistan recalled its envoy.'],
        dateline: { text: 'ISLAMABAD', place: 'Islamabad, Pakistan' },
      },
    };
    expect(pageSeo(input).jsonLd[0]).toMatchObject({
      abstract: 'Iran struck inside Pakistan. Pakistan recalled its envoy.',
      dateline: 'ISLAMABAD',
      contentLocation: { '@type': 'Place', name: 'Islamabad, Pakistan' },
    });
    const textOnly = { ...input, article: { ...(input.article ?? fail()), dateline: { text: 'ISLAMABAD' } } };
    expect(pageSeo(textOnly).jsonLd[0]).toMatchObject({ dateline: 'ISLAMABAD' });
    expect(pageSeo(textOnly).jsonLd[0]).not.toHaveProperty('contentLocation');
    for (const key of ['abstract', 'dateline', 'contentLocation'])
      expect(pageSeo(article).jsonLd[0]).not.toHaveProperty(key);
  });

  test('gives each correction as a dated CorrectionComment', () => {
    const input: PageInput = {
      ...article,
      article: {
        ...(article.article ?? fail()),
        corrections: [{ date: new Date('2024-01-21'), text: 'A date was wrong.' }],
      },
    };
    expect(pageSeo(input).jsonLd[0]).toMatchObject({
      correction: [
        {
          '@type': 'CorrectionComment',
          text: 'A date was wrong.',
          datePublished: '2024-01-21T00:00:00.000Z',
        },
      ],
    });
    expect(pageSeo(article).jsonLd[0]).not.toHaveProperty('correction');
  });

  test('describes the publisher in full on the home page: a NewsMediaOrganization with logo and standards pages', () => {
    const home: PageInput = {
      ...page,
      title: undefined,
      isHome: true,
      standards: {
        publishingPrinciples: 'https://example.org/news/publishing-principles/',
        masthead: 'https://example.org/news/masthead/',
      },
    };
    const [website] = pageSeo(home).jsonLd;
    expect(website).toMatchObject({
      '@type': 'WebSite',
      publisher: {
        '@type': 'NewsMediaOrganization',
        '@id': 'https://example.org/news/#organization',
        name: 'Dispatch',
        logo: { '@type': 'ImageObject', url: 'https://example.org/news/logo.png' },
        publishingPrinciples: 'https://example.org/news/publishing-principles/',
        masthead: 'https://example.org/news/masthead/',
      },
    });
    expect(JSON.stringify(website)).not.toContain('ethicsPolicy');
  });

  test('describes an author page as a ProfilePage whose main entity is the Person', () => {
    const input: PageInput = {
      ...page,
      title: 'Hadia Safeer',
      profile: {
        name: 'Hadia Safeer',
        url: 'https://example.org/news/authors/hadia-safeer/',
        description: 'Writes on security.',
        jobTitle: 'Correspondent',
        knowsAbout: ['Pakistan', 'Iran'],
        sameAs: ['https://hadia.example/'],
      },
    };
    expect(pageSeo(input).jsonLd[0]).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      url: 'https://example.org/news/authors/hadia-safeer/',
      mainEntity: {
        '@type': 'Person',
        name: 'Hadia Safeer',
        url: 'https://example.org/news/authors/hadia-safeer/',
        description: 'Writes on security.',
        jobTitle: 'Correspondent',
        knowsAbout: ['Pakistan', 'Iran'],
        sameAs: ['https://hadia.example/'],
      },
    });
  });

  test('says which series an article is part of, as a CreativeWorkSeries', () => {
    const series = { name: 'Border Dispatches', url: 'https://example.org/news/series/border/' };
    const input: PageInput = { ...article, article: { ...(article.article ?? fail()), series } };
    expect(pageSeo(input).jsonLd[0]).toMatchObject({
      isPartOf: { '@type': 'CreativeWorkSeries', ...series },
    });
    expect(pageSeo(article).jsonLd[0]).not.toHaveProperty('isPartOf');
  });

  test('describes a series page as a CreativeWorkSeries with its parts in order', () => {
    const input: PageInput = {
      ...page,
      series: {
        name: 'Border Dispatches',
        description: 'From the border.',
        url: 'https://example.org/news/series/border/',
        parts: [
          {
            headline: 'The crossing',
            url: 'https://example.org/news/articles/one/',
            part: 1,
            kicker: 'Report',
          },
          {
            headline: 'The market',
            url: 'https://example.org/news/articles/two/',
            part: 2,
            kicker: 'Analysis',
          },
        ],
      },
    };
    expect(pageSeo(input).jsonLd[0]).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'CreativeWorkSeries',
      name: 'Border Dispatches',
      description: 'From the border.',
      url: 'https://example.org/news/series/border/',
      hasPart: [
        { '@type': 'ReportageNewsArticle', headline: 'The crossing', position: 1 },
        { '@type': 'AnalysisNewsArticle', headline: 'The market', position: 2 },
      ],
    });
  });

  test('gives the last change as modified time, and the sources as citations', () => {
    const input: PageInput = {
      ...article,
      article: {
        ...(article.article ?? fail()),
        modified: new Date('2024-01-21'),
        citations: [
          {
            title: 'A report',
            url: 'https://example.org/report',
            publisher: 'A ministry',
            date: new Date('2024-01-17'),
          },
          { title: 'A page', url: 'https://example.org/page' },
        ],
      },
    };
    expect(metaOf(input, 'article:modified_time')).toEqual(['2024-01-21T00:00:00.000Z']);
    expect(pageSeo(input).jsonLd[0]).toMatchObject({
      dateModified: '2024-01-21T00:00:00.000Z',
      citation: [
        {
          '@type': 'CreativeWork',
          name: 'A report',
          url: 'https://example.org/report',
          publisher: { '@type': 'Organization', name: 'A ministry' },
          datePublished: '2024-01-17T00:00:00.000Z',
        },
        { '@type': 'CreativeWork', name: 'A page', url: 'https://example.org/page' },
      ],
    });
    expect(pageSeo(article).jsonLd[0]).not.toHaveProperty('citation');
  });

  test('describes the WebSite on the home page only', () => {
    const home = pageSeo({ ...page, title: undefined, isHome: true });
    expect(home.jsonLd.map((ld) => ld['@type'])).toEqual(['WebSite']);
    expect(home.jsonLd[0]).toMatchObject({
      name: 'Dispatch',
      url: 'https://example.org/news/',
      inLanguage: 'en-GB',
    });
    expect(pageSeo(page).jsonLd).toEqual([]);
  });

  test('passes the feeds through for rel="alternate" links', () => {
    expect(pageSeo(page).feeds).toEqual(feeds);
  });
});

describe('jsonLdText', () => {
  test('escapes "<" so that a headline cannot close the script element, and stays the same JSON', () => {
    const value = { headline: 'Breaking </script><script>alert(1)</script>' };
    const text = jsonLdText(value);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('pageSeo of a page in two languages', () => {
  const versions = [
    { hreflang: 'en', url: 'https://example.org/news/articles/a/' },
    { hreflang: 'ur', url: 'https://example.org/news/ur/articles/a/' },
    { hreflang: 'x-default', url: 'https://example.org/news/articles/a/' },
  ];

  test('hands on its hreflang links and names the other language for OpenGraph', () => {
    const seo = pageSeo({ ...article, alternates: versions });
    expect(seo.alternates).toEqual(versions);
    expect(seo.meta).toContainEqual({ property: 'og:locale:alternate', content: 'ur_PK' });
    expect(
      seo.meta.filter((tag) => 'property' in tag && tag.property === 'og:locale:alternate'),
    ).toHaveLength(1);
  });

  test('gives an error page no versions', () => {
    expect(pageSeo({ ...page, errorPage: true, alternates: versions }).alternates).toEqual([]);
  });

  test('links a translation to its original, and an original to its translations (schema.org)', () => {
    const original = {
      url: 'https://example.org/news/articles/a/',
      inLanguage: 'en-GB',
    };
    const urdu = {
      url: 'https://example.org/news/ur/articles/a/',
      inLanguage: 'ur-PK',
    };
    const [translationLd] = pageSeo({
      ...article,
      publisher: { ...publisher, locale: 'ur-PK' },
      article: { ...(article.article as NonNullable<PageInput['article']>), translationOf: original },
    }).jsonLd;
    expect(translationLd).toMatchObject({
      inLanguage: 'ur-PK',
      translationOfWork: { '@type': 'NewsArticle', '@id': original.url, inLanguage: 'en-GB' },
    });
    const [originalLd] = pageSeo({
      ...article,
      article: { ...(article.article as NonNullable<PageInput['article']>), translations: [urdu] },
    }).jsonLd;
    expect(originalLd).toMatchObject({
      workTranslation: [{ '@type': 'NewsArticle', '@id': urdu.url, inLanguage: 'ur-PK' }],
    });
  });

  test('titles a page with its language’s templates', () => {
    expect(
      pageTitle('تلاش', 'ڈسپیچ', { pageTitle: '{title} · {site}', homeTitle: '{site}: خبروں کا تجزیہ' }),
    ).toBe('تلاش · ڈسپیچ');
    expect(
      pageTitle(undefined, 'ڈسپیچ', { pageTitle: '{title} · {site}', homeTitle: '{site}: خبروں کا تجزیہ' }),
    ).toBe('ڈسپیچ: خبروں کا تجزیہ');
  });
});
