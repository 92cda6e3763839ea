import { describe, expect, test } from 'vitest';
import { renderComponent as render } from '../../support/render-component.ts';
import ArticleCard from '../../../src/components/ArticleCard.astro';
import AuthorBio from '../../../src/components/AuthorBio.astro';
import Byline from '../../../src/components/Byline.astro';
import RelatedArticles from '../../../src/components/RelatedArticles.astro';
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
        author: 'hadia-safeer',
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
const { author } = summary;

describe('Byline', () => {
  test('links the author and gives machine-readable dates', async () => {
    const html = await render(Byline, { props: { article: summary } });
    expect(html).toMatch(/By <a href="\/authors\/hadia-safeer\/" rel="author">Hadia Safeer<\/a>/);
    expect(html).toContain('<time datetime="2024-01-18">18 January 2024</time>');
    expect(html).not.toContain('min read');
    expect(html).not.toContain('Updated');
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
  test('shows the name linked to the author page, and the bio', async () => {
    const html = await render(AuthorBio, { props: { lang: 'en', author } });
    expect(html).toContain('href="/authors/hadia-safeer/"');
    expect(html).toContain('Student of International Relations.');
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
