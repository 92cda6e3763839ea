import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test, vi } from 'vitest';
import { buildDate } from '../../../src/config/env.ts';
import { publishing } from '../../../src/config/publishing.ts';
import type { SiteArticle } from '../../../src/lib/content/query.ts';
import type { ArticleSummary } from '../../../src/lib/content/site-index.ts';
import { dictionaryOf } from '../../../src/lib/i18n/dictionary.ts';
import { absoluteLink } from '../../../src/lib/urls/links.ts';
import { makeArticle, makeEditions } from '../../support/make-article.ts';

/**
 * What the feed and news-sitemap routes serve, gathered from editions of fixture articles (standing in for
 * the content query) with each body's HTML standing in for the rendered article.
 */
const hoursBefore = (hours: number) => new Date(buildDate.getTime() - hours * 3_600_000).toISOString();

/**
 * More articles than a feed carries, one an hour before the build; one syndicated, one on another tag; and an
 * Urdu translation of one of them.
 */
const editions = makeEditions(
  [
    ...Array.from({ length: publishing.feedItems + 1 }, (_, i) =>
      makeArticle(`hour-${String(i + 1)}`, { pubDate: hoursBefore(i + 1) }),
    ),
    makeArticle('syndicated', { pubDate: hoursBefore(0.5), canonical: 'https://original.example/s/' }),
    makeArticle('in-asia', { pubDate: hoursBefore(100), tags: ['asia'] }),
    makeArticle('hour-1-ur', { pubDate: hoursBefore(1), lang: 'ur', translationOf: 'hour-1' }),
  ],
  { now: buildDate },
);
const english = editions.get('en');
const urdu = editions.get('ur');
if (!english || !urdu) throw new Error('both editions expected');
vi.mock('../../../src/lib/content/query.ts', () => ({
  getSiteIndex: () => Promise.resolve({ editions: [...editions.values()] }),
}));
vi.mock('../../../src/lib/feeds/article-html.ts', () => ({
  articleFeedHtml: (article: { slug: string }) => Promise.resolve(`<p>The body of ${article.slug}.</p>`),
}));

const { feedArticles, newsSitemap, siteFeed, tagFeed } = await import('../../../src/lib/feeds/feed-data.ts');

/** The fixture articles of an edition, standing in for the build's (whose entries are Astro's). */
const bySlug = (edition: typeof english) =>
  edition.articleBySlug as unknown as ReadonlyMap<string, SiteArticle>;

/** What a feed carries of `summaries` of an edition. */
const carried = (edition: typeof english, summaries: readonly ArticleSummary[]) =>
  feedArticles(summaries, bySlug(edition));

describe('siteFeed', () => {
  test('describes the site and carries its newest articles, full text included', async () => {
    const feed = await siteFeed('en', carried(english, english.summaries));
    expect(feed).toMatchObject({
      title: 'Dispatch',
      description: dictionaryOf('en').site.description,
      language: 'en-GB',
      homeUrl: absoluteLink(''),
      icon: absoluteLink('logo.png'),
    });
    expect(feed.items).toHaveLength(publishing.feedItems);
    expect(feed.items.slice(0, 2).map((i) => i.url)).toEqual([
      absoluteLink('articles/syndicated/'),
      absoluteLink('articles/hour-1/'),
    ]);
    expect(feed.items[1]?.contentHtml).toBe('<p>The body of hour-1.</p>');
  });

  test('gives each edition its own feed, in its language, of its articles only', async () => {
    const feed = await siteFeed('ur', carried(urdu, urdu.summaries));
    expect(feed).toMatchObject({ title: 'ڈسپیچ', language: 'ur-PK', homeUrl: absoluteLink('ur/') });
    expect(feed.items.map((i) => [i.url, i.authors.map((a) => a.url), i.tags])).toEqual([
      [absoluteLink('ur/articles/hour-1/'), [absoluteLink('ur/authors/ann/')], ['دنیا']],
    ]);
  });
});

describe('tagFeed', () => {
  test('carries only the tag’s articles, and points home to the tag’s page', async () => {
    const asia = english.tags.find((t) => t.slug === 'asia');
    if (!asia) throw new Error('no asia tag');
    const feed = await tagFeed('en', asia, carried(english, asia.articles));
    expect(feed).toMatchObject({ title: 'Dispatch: Asia', homeUrl: absoluteLink('tags/asia/') });
    expect(feed.items.map((i) => i.url)).toEqual([absoluteLink('articles/in-asia/')]);
  });
});

describe('feedArticles', () => {
  test('are the newest of a listing, as many as a feed carries, with what a feed shows of them', () => {
    const articles = feedArticles(english.summaries, bySlug(english));
    expect(articles).toHaveLength(publishing.feedItems);
    const full = english.articleBySlug.get('syndicated');
    if (!full) throw new Error('no syndicated article');
    const { file, lastModified, keyPoints, socialImage, source } = full;
    expect(articles[0]).toMatchObject({ slug: 'syndicated', title: full.title, path: full.path });
    expect(articles[0]).toMatchObject({ file, lastModified, keyPoints, socialImage, source });
    expect(articles.map((a) => a.slug)).not.toContain('in-asia');
  });

  test('leave out what comes from other articles, so that their edits do not change a feed’s cache key', () => {
    const [article] = feedArticles(english.summaries, bySlug(english));
    for (const field of ['related', 'series', 'translations', 'versions', 'original', 'alternates'])
      expect(article).not.toHaveProperty(field);
  });
});

describe('newsSitemap', () => {
  test('lists every edition’s own articles of the two days before the build, never a syndicated copy', async () => {
    const xml = await newsSitemap();
    const { urlset } = new XMLParser({ isArray: (name) => name === 'url' }).parse(xml) as {
      urlset: { url: { loc: string; 'news:news': { 'news:publication': { 'news:language': string } } }[] };
    };
    const listed = urlset.url.map((u) => u.loc);
    expect(listed).toHaveLength(publishing.feedItems + 2);
    expect(listed).toContain(absoluteLink('articles/hour-1/'));
    expect(listed).not.toContain(absoluteLink('articles/syndicated/'));
    expect(listed).not.toContain(absoluteLink('articles/in-asia/'));
    const urduEntry = urlset.url.find((u) => u.loc === absoluteLink('ur/articles/hour-1/'));
    expect(urduEntry?.['news:news']['news:publication']['news:language']).toBe('ur');
  });
});
