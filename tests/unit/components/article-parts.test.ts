import { describe, expect, test } from 'vitest';
import { renderComponent as render } from '../../support/render-component.ts';
import ArticleCard from '../../../src/components/ArticleCard.astro';
import KeyPoints from '../../../src/components/KeyPoints.astro';
import AuthorBio from '../../../src/components/AuthorBio.astro';
import Byline from '../../../src/components/Byline.astro';
import RelatedArticles from '../../../src/components/RelatedArticles.astro';
import SeriesNav from '../../../src/components/SeriesNav.astro';
import TagList from '../../../src/components/TagList.astro';
import { makeArticle, makeAuthor, makeSiteIndex, makeTag } from '../../support/make-article.ts';

// An article of 1,000 words (5 minutes at 200 words a minute), by an author with a bio, under one tag.
const index = makeSiteIndex(
  [
    makeArticle(
      'a-story',
      {
        title: 'A story',
        description: 'What the story is about.',
        kicker: 'Analysis',
        pubDate: '2024-01-18',
        updatedDate: '2024-01-20',
        authors: ['hadia-safeer'],
        tags: ['middle-east'],
      },
      'word '.repeat(1000),
    ),
  ],
  {},
  {
    authors: [
      makeAuthor('hadia-safeer', { name: 'Hadia Safeer', bio: 'Student of International Relations.' }),
    ],
    tags: [makeTag('middle-east', { name: 'Middle East', description: 'The region.' })],
  },
);
const [summary] = index.articles;
if (!summary) throw new Error('the fixture article is not published');
// The same article with a second and a third author: the byline and the bios name each.
const [coauthored, threeAuthors] = makeSiteIndex(
  [
    makeArticle('two-authors', { authors: ['hadia-safeer', 'dispatch-desk'], tags: ['middle-east'] }),
    makeArticle('three-authors', {
      authors: ['jane-doe', 'hadia-safeer', 'dispatch-desk'],
      tags: ['middle-east'],
      pubDate: '2024-01-09',
    }),
  ],
  {},
  {
    authors: [
      makeAuthor('hadia-safeer', { name: 'Hadia Safeer', bio: 'Student of International Relations.' }),
      makeAuthor('dispatch-desk', { name: 'Dispatch Desk', bio: 'The editorial team.' }),
      makeAuthor('jane-doe', { name: 'Jane Doe', bio: 'Writes on diplomacy.' }),
    ],
    tags: [makeTag('middle-east', { name: 'Middle East', description: 'The region.' })],
  },
).articles;
if (!coauthored || !threeAuthors) throw new Error('the co-authored fixtures are not published');

describe('Byline', () => {
  test('links the author and gives machine-readable dates', async () => {
    const html = await render(Byline, { props: { article: summary } });
    expect(html).toMatch(/By <a href="\/authors\/hadia-safeer\/" rel="author">Hadia Safeer<\/a>/);
    expect(html).toContain('<time datetime="2024-01-18">18 January 2024</time>');
    expect(html).not.toContain('min read');
    expect(html).not.toContain('Updated');
  });

  test('names two authors with “and”, three with a comma and “and”, each linked in byline order', async () => {
    const two = await render(Byline, { props: { article: coauthored } });
    expect(two).toMatch(
      /By <a href="\/authors\/hadia-safeer\/" rel="author">Hadia Safeer<\/a> and <a href="\/authors\/dispatch-desk\/" rel="author">Dispatch Desk<\/a>/,
    );
    const three = await render(Byline, { props: { article: threeAuthors } });
    expect(three.replace(/<[^>]+>/g, '')).toContain('By Jane Doe, Hadia Safeer and Dispatch Desk');
    expect(three.match(/rel="author"/g)).toHaveLength(3);
  });

  test('adds the update date and reading time in full form', async () => {
    const html = await render(Byline, { props: { article: summary, full: true } });
    expect(html).toContain('Updated <time datetime="2024-01-20">20 January 2024</time>');
    expect(html).toContain('5 min read');
  });
});

describe('ArticleCard', () => {
  test('shows kicker, linked title at the given level, dek and byline', async () => {
    const html = await render(ArticleCard, { props: { article: summary, level: 3 } });
    expect(html).toContain('Analysis');
    expect(html).toMatch(/<h3[^>]*><a class="headline-link" href="\/articles\/a-story\/">A story<\/a><\/h3>/);
    expect(html).toContain('What the story is about.');
    expect(html).toContain('Hadia Safeer');
  });

  test('marks a draft', async () => {
    const html = await render(ArticleCard, { props: { article: { ...summary, draft: true } } });
    expect(html).toContain('Draft');
  });
});

describe('TagList', () => {
  test('links every tag to its page', async () => {
    const html = await render(TagList, { props: { lang: 'en', tags: summary.tags } });
    expect(html).toMatch(/<a href="\/tags\/middle-east\/">Middle East<\/a>/);
  });
});

describe('AuthorBio', () => {
  test('shows the name linked to the author page, and the bio, under “About the author”', async () => {
    const html = await render(AuthorBio, { props: { lang: 'en', authors: summary.authors } });
    expect(html).toContain('href="/authors/hadia-safeer/"');
    expect(html).toContain('Student of International Relations.');
    expect(html).toContain('About the author<');
  });

  test('gives one bio per author, in byline order, under “About the authors”', async () => {
    const html = await render(AuthorBio, { props: { lang: 'en', authors: coauthored.authors } });
    expect(html).toContain('About the authors');
    const names = [...html.matchAll(/<strong>([^<]+)<\/strong>/g)].map((m) => m[1]);
    expect(names).toEqual(['Hadia Safeer', 'Dispatch Desk']);
    expect(html).toContain('The editorial team.');
  });
});

describe('RelatedArticles', () => {
  test('lists title, date and dek of each related article', async () => {
    const html = await render(RelatedArticles, { props: { lang: 'en', articles: [summary] } });
    expect(html).toMatch(/<a href="\/articles\/a-story\/">A story<\/a>/);
    expect(html).toContain('<time datetime="2024-01-18">');
    expect(html).toContain('What the story is about.');
  });

  test('renders nothing when there are none', async () => {
    const html = await render(RelatedArticles, { props: { lang: 'en', articles: [] } });
    expect(html.trim()).toBe('');
  });
});

describe('SeriesNav', () => {
  const part = (n: number, slug: string) => ({
    part: n,
    article: { ...summary, slug, path: `articles/${slug}/`, title: `Part ${n} title` },
  });
  const placement = {
    slug: 'border',
    title: 'Border Dispatches',
    part: 2,
    total: 4,
    previous: part(1, 'one'),
    next: part(3, 'three'),
  };

  test('says “Part 2 of 4” and links the series page and the parts before and after', async () => {
    const html = await render(SeriesNav, { props: { lang: 'en', series: placement } });
    expect(html).toContain('aria-label="Series: Border Dispatches"');
    expect(html.replace(/<[^>]+>/g, '')).toContain('Part 2 of 4 · Border Dispatches');
    expect(html).toContain('href="/series/border/"');
    expect(html).toMatch(
      /<a href="\/articles\/one\/" rel="prev">[\s\S]*Previous part \(Part 1\)[\s\S]*Part 1 title/,
    );
    expect(html).toMatch(
      /<a href="\/articles\/three\/" rel="next">[\s\S]*Next part \(Part 3\)[\s\S]*Part 3 title/,
    );
  });

  test('has no previous link on the first part and no list at all for a lone part', async () => {
    const first = await render(SeriesNav, {
      props: { lang: 'en', series: { ...placement, part: 1, previous: undefined } },
    });
    expect(first).not.toContain('rel="prev"');
    expect(first).toContain('rel="next"');
    const lone = await render(SeriesNav, {
      props: {
        lang: 'en',
        series: { ...placement, part: 1, total: 1, previous: undefined, next: undefined },
      },
    });
    expect(lone).not.toContain('<ul');
  });

  test('renders nothing for an article outside any series', async () => {
    expect((await render(SeriesNav, { props: { lang: 'en', series: undefined } })).trim()).toBe('');
  });
});

describe('KeyPoints', () => {
  test('is a section labelled by its “Key points” heading, with one list item per point', async () => {
    const html = await render(KeyPoints, {
      props: { lang: 'en', points: ['One point.', 'Another <point>.'] },
    });
    expect(html).toMatch(/<section aria-labelledby="key-points-heading">/);
    expect(html).toMatch(/<h2 id="key-points-heading"[^>]*>\s*Key points\s*<\/h2>/);
    expect(html).toContain('<li>One point.</li><li>Another &lt;point&gt;.</li>');
  });

  test('renders nothing for an article without key points', async () => {
    expect((await render(KeyPoints, { props: { lang: 'en', points: [] } })).trim()).toBe('');
  });
});
