import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test, vi } from 'vitest';
import { buildDate } from '../../../src/config/env.ts';
import { publishing } from '../../../src/config/publishing.ts';
import { site } from '../../../src/config/site.ts';
import type { SiteArticle } from '../../../src/lib/content/query.ts';
import { absoluteLink } from '../../../src/lib/urls/links.ts';
import { makeArticle, makeSiteIndex } from '../../support/make-article.ts';

/**
 * What the feed and news-sitemap routes serve, gathered from a site index of fixture articles (standing in for
 * the content query) with each body's HTML standing in for the rendered article.
 */
const hoursBefore = (hours: number) => new Date(buildDate.getTime() - hours * 3_600_000).toISOString();

/** More articles than a feed carries, one an hour before the build; one syndicated, one on another tag. */
const index = makeSiteIndex(
  [
    ...Array.from({ length: publishing.feedItems + 1 }, (_, i) =>
      makeArticle(`hour-${String(i + 1)}`, { pubDate: hoursBefore(i + 1) }),
    ),
    makeArticle('syndicated', { pubDate: hoursBefore(0.5), canonical: 'https://original.example/s/' }),
    makeArticle('in-asia', { pubDate: hoursBefore(100), tags: ['asia'] }),
  ],
  { now: buildDate },
);
vi.mock('../../../src/lib/content/query.ts', () => ({ getSiteIndex: () => Promise.resolve(index) }));
vi.mock('../../../src/lib/feeds/article-html.ts', () => ({
  articleFeedHtml: (article: { slug: string }) => Promise.resolve(`<p>The body of ${article.slug}.</p>`),
}));

const { feedArticles, newsSitemap, siteFeed, tagFeed } = await import('../../../src/lib/feeds/feed-data.ts');

describe('siteFeed', () => {
  test('describes the site and carries its newest articles, full text included', async () => {
    const feed = await siteFeed();
    expect(feed).toMatchObject({
      title: site.name,
      description: site.description,
      language: site.locale,
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
});

describe('tagFeed', () => {
  test('carries only the tag’s articles, and points home to the tag’s page', async () => {
    const asia = index.tags.find((t) => t.slug === 'asia');
    if (!asia) throw new Error('no asia tag');
    // The fixture articles stand in for the build's (their rendered bodies are mocked above).
    const articles = feedArticles(asia.articles, index.articleBySlug) as unknown as SiteArticle[];
    const feed = await tagFeed(asia, articles);
    expect(feed).toMatchObject({ title: `${site.name}: Asia`, homeUrl: absoluteLink('tags/asia/') });
    expect(feed.items.map((i) => i.url)).toEqual([absoluteLink('articles/in-asia/')]);
  });
});

describe('feedArticles', () => {
  test('are the newest of a listing, as many as a feed carries, as the full articles', () => {
    const articles = feedArticles(index.articles, index.articleBySlug);
    expect(articles).toHaveLength(publishing.feedItems);
    expect(articles[0]).toBe(index.articleBySlug.get('syndicated'));
    expect(articles.map((a) => a.slug)).not.toContain('in-asia');
  });
});

describe('newsSitemap', () => {
  test('lists the site’s own articles of the two days before the build, never a syndicated copy', async () => {
    const xml = await newsSitemap();
    const { urlset } = new XMLParser({ isArray: (name) => name === 'url' }).parse(xml) as {
      urlset: { url: { loc: string }[] };
    };
    const listed = urlset.url.map((u) => u.loc);
    expect(listed).toHaveLength(publishing.feedItems + 1);
    expect(listed).toContain(absoluteLink('articles/hour-1/'));
    expect(listed).not.toContain(absoluteLink('articles/syndicated/'));
    expect(listed).not.toContain(absoluteLink('articles/in-asia/'));
  });
});
