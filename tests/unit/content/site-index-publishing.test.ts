import { describe, expect, test } from 'vitest';
import { isPublished } from '../../../src/lib/content/editions.ts';
import { buildSiteIndex, type ArticleInput } from '../../../src/lib/content/site-index.ts';
import { makeArticle, siteInput, type Fields } from '../../support/make-article.ts';

/**
 * Drafts, scheduled articles, corrections and sources as the site index sees them, with a fixed clock:
 * `now` stands for the build date (DISPATCH_BUILD_DATE), so nothing here depends on when the tests run.
 */
const now = new Date('2024-06-01T12:00:00Z');
const production = { includeDrafts: false, now, wordsPerMinute: 200 };
const dev = { ...production, includeDrafts: true };

/** An article published on 1 May 2024 unless its fields say otherwise. */
const article = (slug: string, fields: Fields = {}) =>
  makeArticle(slug, { pubDate: '2024-05-01', ...fields }, 'Some words.');

const input = (...articles: ArticleInput<string, string>[]) => siteInput(articles);

const slugs = (options: typeof production, ...articles: ArticleInput<string, string>[]) =>
  buildSiteIndex(input(...articles), options).articles.map((a) => a.slug);

describe('drafts', () => {
  test('are left out of a production build: pages, listings by tag and by author', () => {
    const index = buildSiteIndex(input(article('live'), article('draft', { draft: true })), production);
    expect(index.articles.map((a) => a.slug)).toEqual(['live']);
    expect(index.articleBySlug.has('draft')).toBe(false);
    expect(index.tags.flatMap((t) => t.articles.map((a) => a.slug))).toEqual(['live']);
    expect(index.authors.flatMap((a) => a.articles.map((x) => x.slug))).toEqual(['live']);
  });

  test('are shown by the dev server, marked as drafts for the badge', () => {
    const index = buildSiteIndex(input(article('live'), article('draft', { draft: true })), dev);
    expect(index.articleBySlug.get('draft')?.draft).toBe(true);
    expect(index.articleBySlug.get('live')?.draft).toBe(false);
  });
});

describe('scheduled publishing', () => {
  test('holds back an article dated after the build date', () => {
    expect(slugs(production, article('live'), article('tomorrow', { pubDate: '2024-06-02' }))).toEqual([
      'live',
    ]);
  });

  test('publishes it from a build at or after its date and time', () => {
    const scheduled = article('scheduled', { pubDate: '2024-06-01T12:00:00Z' });
    expect(isPublished(scheduled.data, production)).toBe(true);
    expect(isPublished(scheduled.data, { ...production, now: new Date('2024-06-01T11:59:59Z') })).toBe(false);
  });

  test('holds back a scheduled article in the dev server too, where drafts are shown', () => {
    expect(slugs(dev, article('live'), article('future', { pubDate: '2025-01-01' }))).toEqual(['live']);
  });

  test('skips a held-back article in the related links of a published one until it appears', () => {
    const index = buildSiteIndex(
      input(article('live', { related: ['later'] }), article('later', { pubDate: '2024-07-01' })),
      production,
    );
    expect(index.articleBySlug.get('live')?.related).toEqual([]);
    const after = buildSiteIndex(
      input(article('live', { related: ['later'] }), article('later', { pubDate: '2024-07-01' })),
      { ...production, now: new Date('2024-07-01') },
    );
    expect(after.articleBySlug.get('live')?.related.map((a) => a.slug)).toEqual(['later']);
  });
});

describe('corrections, sources and the last-modified date', () => {
  const corrected = article('corrected', {
    updatedDate: '2024-05-03',
    corrections: [
      { date: '2024-05-10', text: 'Second.' },
      { date: '2024-05-02', text: 'First.' },
    ],
    sources: [
      {
        title: 'A report',
        publisher: 'An institute',
        url: 'https://example.org/report',
        date: '2024-04-01',
      },
      { title: 'A page', url: 'https://example.org/page' },
    ],
  });
  const index = buildSiteIndex(input(corrected, article('plain')), production);

  test('lists corrections oldest first, whatever order the editor wrote them in', () => {
    expect(index.articleBySlug.get('corrected')?.corrections.map((c) => c.text)).toEqual([
      'First.',
      'Second.',
    ]);
  });

  test('exposes the sources, with their optional publisher and date', () => {
    expect(index.articleBySlug.get('corrected')?.sources).toEqual([
      {
        title: 'A report',
        publisher: 'An institute',
        url: 'https://example.org/report',
        date: new Date('2024-04-01'),
      },
      { title: 'A page', publisher: undefined, url: 'https://example.org/page', date: undefined },
    ]);
  });

  test('dates the last change at the latest correction, or the publication date of an unchanged article', () => {
    expect(index.articleBySlug.get('corrected')?.lastModified).toEqual(new Date('2024-05-10'));
    expect(index.articleBySlug.get('plain')?.lastModified).toEqual(new Date('2024-05-01'));
  });
});
