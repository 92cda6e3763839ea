import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, test } from 'vitest';
import {
  feedItemOf,
  feedUpdated,
  latest,
  toAtom,
  toJsonFeed,
  toRss,
  type Feed,
  type FeedItem,
} from '../../../src/lib/feeds/formats.ts';
import { makeArticle, makeSiteIndex } from '../../support/make-article.ts';

const item = (n: number, extra: Partial<FeedItem> = {}): FeedItem => ({
  url: `https://example.org/articles/a${n}/`,
  title: `Article ${n}`,
  summary: `Summary ${n}`,
  keyPoints: [],
  keyPointsHeading: 'Key points',
  contentHtml: `<p>Body ${n} with <a href="https://example.org/articles/a0/">a link</a> &amp; more</p>`,
  published: new Date(`2024-01-1${n}T00:00:00Z`),
  updated: new Date(`2024-01-1${n}T00:00:00Z`),
  authors: [{ name: 'Jane <Doe> & Co', url: 'https://example.org/authors/jane/' }],
  tags: ['World', 'Politics'],
  image: `https://example.org/articles/a${n}/share.png`,
  ...extra,
});

const feed: Feed = {
  title: 'Dispatch',
  description: 'News & analysis',
  language: 'en-GB',
  homeUrl: 'https://example.org/',
  icon: 'https://example.org/logo.png',
  items: [item(3, { updated: new Date('2024-01-15T00:00:00Z') }), item(2)],
};

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name, jpath) => ['item', 'entry', 'category'].includes(name) || jpath === 'feed.link',
});

describe('feedItemOf', () => {
  test('shapes an article of the site index with absolute URLs for it, its author and its share image', () => {
    const absolute = (path: string) => `https://example.org/news/${path}`;
    // A correction after the update: the item's "updated" is the latest change.
    const [article] = makeSiteIndex([
      makeArticle('a-story', {
        title: 'A story',
        description: 'The dek.',
        pubDate: '2024-01-18',
        updatedDate: '2024-01-20',
        corrections: [{ date: '2024-01-21', text: 'A date was wrong.' }],
        tags: ['asia', 'world'],
      }),
    ]).articles;
    if (!article) throw new Error('the fixture article is not published');
    expect(feedItemOf(article, '<p>Body</p>', absolute)).toEqual({
      url: 'https://example.org/news/articles/a-story/',
      title: 'A story',
      summary: 'The dek.',
      keyPoints: [],
      keyPointsHeading: 'Key points',
      contentHtml: '<p>Body</p>',
      published: new Date('2024-01-18'),
      updated: new Date('2024-01-21'),
      authors: [{ name: 'Ann', url: 'https://example.org/news/authors/ann/' }],
      tags: ['Asia', 'World'],
      image: 'https://example.org/news/articles/a-story/share.png',
    });
  });
});

describe('latest', () => {
  test('keeps the newest articles, newest first', () => {
    const articles = [1, 5, 3, 4].map((n) => ({ n, pubDate: new Date(`2024-01-0${n}`) }));
    expect(latest(articles, 2).map((a) => a.n)).toEqual([5, 4]);
    expect(latest(articles, 10)).toHaveLength(4);
  });
});

describe('feedUpdated', () => {
  test('is the newest publication or update date of the items', () => {
    expect(feedUpdated(feed).toISOString()).toBe('2024-01-15T00:00:00.000Z');
  });
});

describe('toRss', () => {
  test('writes valid RSS 2.0 with the items, full content, author, categories and a self link', async () => {
    const text = await toRss(feed, 'https://example.org/rss.xml');
    expect(() => SyntaxValidator.validate(text)).not.toThrow();
    const channel = (parser.parse(text) as { rss: { '@_version': string; channel: Record<string, unknown> } })
      .rss;
    expect(channel['@_version']).toBe('2.0');
    const { item: items, ...head } = channel.channel as { item: Record<string, unknown>[] } & Record<
      string,
      unknown
    >;
    expect(head['language']).toBe('en-gb');
    expect(head['description']).toBe('News & analysis');
    expect(head['atom:link']).toEqual({
      '@_href': 'https://example.org/rss.xml',
      '@_rel': 'self',
      '@_type': 'application/rss+xml',
    });
    expect(items.map((i) => i['link'])).toEqual([
      'https://example.org/articles/a3/',
      'https://example.org/articles/a2/',
    ]);
    expect(items[0]).toMatchObject({
      'dc:creator': 'Jane <Doe> & Co',
      category: ['World', 'Politics'],
      'content:encoded':
        '<p>Body 3 with <a href="https://example.org/articles/a0/">a link</a> &amp; more</p>',
      description: '<p>Summary 3</p>',
    });
  });
});

describe('key points in the feeds’ summaries', () => {
  const withPoints: Feed = { ...feed, items: [item(3, { keyPoints: ['One <point>.', 'Two & three.'] })] };
  const points =
    '<p>Summary 3</p><p>Key points:</p><ul><li>One &lt;point&gt;.</li><li>Two &amp; three.</li></ul>';

  test('follow the dek in RSS’s description and Atom’s HTML summary', async () => {
    const rss = parser.parse(await toRss(withPoints, 'https://example.org/rss.xml')) as {
      rss: { channel: { item: Record<string, unknown>[] } };
    };
    expect(rss.rss.channel.item[0]?.['description']).toBe(points);
    const atom = parser.parse(toAtom(withPoints, 'https://example.org/atom.xml')) as {
      feed: { entry: Record<string, unknown>[] };
    };
    expect(atom.feed.entry[0]?.['summary']).toEqual({ '@_type': 'html', '#text': points });
  });

  test('follow the dek as a plain list in JSON Feed’s summary', () => {
    const json = JSON.parse(toJsonFeed(withPoints, 'https://example.org/feed.json')) as {
      items: { summary: string }[];
    };
    expect(json.items[0]?.summary).toBe('Summary 3\n\nKey points:\n- One <point>.\n- Two & three.');
  });
});

describe('toAtom', () => {
  test('writes valid Atom with ids, dates, authors, categories and HTML content', () => {
    const text = toAtom(feed, 'https://example.org/atom.xml');
    expect(() => SyntaxValidator.validate(text)).not.toThrow();
    const atom = (parser.parse(text) as { feed: Record<string, unknown> }).feed;
    expect(atom['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(atom['id']).toBe('https://example.org/');
    expect(atom['updated']).toBe('2024-01-15T00:00:00.000Z');
    expect(atom['link']).toContainEqual({
      '@_rel': 'self',
      '@_type': 'application/atom+xml',
      '@_href': 'https://example.org/atom.xml',
    });
    const [first] = atom['entry'] as Record<string, unknown>[];
    expect(first).toMatchObject({
      id: 'https://example.org/articles/a3/',
      title: 'Article 3',
      published: '2024-01-13T00:00:00.000Z',
      updated: '2024-01-15T00:00:00.000Z',
      author: { name: 'Jane <Doe> & Co', uri: 'https://example.org/authors/jane/' },
      category: [{ '@_term': 'World' }, { '@_term': 'Politics' }],
      content: {
        '@_type': 'html',
        '#text': '<p>Body 3 with <a href="https://example.org/articles/a0/">a link</a> &amp; more</p>',
      },
    });
  });
});

describe('toJsonFeed', () => {
  test('writes JSON Feed 1.1 with the items and their dates, authors, tags and images', () => {
    const json = JSON.parse(toJsonFeed(feed, 'https://example.org/feed.json')) as Record<string, unknown>;
    expect(json).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      home_page_url: 'https://example.org/',
      feed_url: 'https://example.org/feed.json',
      language: 'en-GB',
    });
    expect((json['items'] as unknown[])[1]).toEqual({
      id: 'https://example.org/articles/a2/',
      url: 'https://example.org/articles/a2/',
      title: 'Article 2',
      summary: 'Summary 2',
      content_html: item(2).contentHtml,
      image: 'https://example.org/articles/a2/share.png',
      date_published: '2024-01-12T00:00:00.000Z',
      date_modified: '2024-01-12T00:00:00.000Z',
      authors: [{ name: 'Jane <Doe> & Co', url: 'https://example.org/authors/jane/' }],
      tags: ['World', 'Politics'],
    });
  });
});
