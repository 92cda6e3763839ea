import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, test } from 'vitest';
import {
  newsArticles,
  newsLanguage,
  newsSitemapXml,
  type NewsArticle,
} from '../../../src/lib/seo/news-sitemap.ts';

const now = new Date('2024-01-13T12:00:00Z');
const article = (slug: string, published: string, syndicated = false): NewsArticle => ({
  url: `https://example.org/articles/${slug}/`,
  title: `Title of ${slug}`,
  published: new Date(published),
  syndicated,
  publication: { name: 'Dispatch', locale: 'en-GB' },
});
const options = { now, windowHours: 48, maxUrls: 1000 };

describe('newsArticles', () => {
  test('keeps the articles of the two days before the build, newest first', () => {
    const picked = newsArticles(
      [
        article('too-old', '2024-01-11T11:59:59Z'),
        article('just-inside', '2024-01-11T12:00:01Z'),
        article('today', '2024-01-13T00:00:00Z'),
        article('future', '2024-01-13T12:00:01Z'),
      ],
      options,
    );
    expect(picked.map((a) => a.url)).toEqual([
      'https://example.org/articles/today/',
      'https://example.org/articles/just-inside/',
    ]);
  });

  test('includes an article published at the build’s very moment', () => {
    expect(newsArticles([article('now', '2024-01-13T12:00:00Z')], options)).toHaveLength(1);
  });

  test('leaves out syndicated pieces, whose original belongs in a sitemap instead', () => {
    expect(newsArticles([article('copy', '2024-01-13', true)], options)).toEqual([]);
  });

  test('stops at the URL limit, keeping the newest', () => {
    const many = Array.from({ length: 5 }, (_, i) => article(`a${i}`, `2024-01-13T0${i}:00:00Z`));
    const picked = newsArticles(many, { ...options, maxUrls: 2 });
    expect(picked.map((a) => a.url)).toEqual([
      'https://example.org/articles/a4/',
      'https://example.org/articles/a3/',
    ]);
  });
});

describe('newsLanguage', () => {
  test('gives the ISO 639 code, with Google’s two Chinese variants', () => {
    expect(newsLanguage('en-GB')).toBe('en');
    expect(newsLanguage('ur')).toBe('ur');
    expect(newsLanguage('zh-TW')).toBe('zh-tw');
    expect(newsLanguage('zh-CN')).toBe('zh-cn');
  });
});

describe('newsSitemapXml', () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' });

  test('writes a urlset with Google’s news tags for each article, escaping the headline', () => {
    const text = newsSitemapXml([article('a', '2024-01-13')].map((a) => ({ ...a, title: 'Q&A: <this>' })));
    expect(() => SyntaxValidator.validate(text)).not.toThrow();
    const urlset = (parser.parse(text) as { urlset: Record<string, unknown> }).urlset;
    expect(urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(urlset['url']).toEqual([
      {
        loc: 'https://example.org/articles/a/',
        'news:news': {
          'news:publication': { 'news:name': 'Dispatch', 'news:language': 'en' },
          'news:publication_date': '2024-01-13T00:00:00.000Z',
          'news:title': 'Q&A: <this>',
        },
      },
    ]);
  });

  test('names each article’s publication and language as its edition gives them', () => {
    const urdu = { ...article('b', '2024-01-13'), publication: { name: 'ڈسپیچ', locale: 'ur-PK' } };
    const urlset = (parser.parse(newsSitemapXml([urdu])) as { urlset: { url: unknown[] } }).urlset;
    expect(urlset.url[0]).toMatchObject({
      'news:news': { 'news:publication': { 'news:name': 'ڈسپیچ', 'news:language': 'ur' } },
    });
  });

  test('is a valid, empty urlset when nothing is recent', () => {
    const text = newsSitemapXml([]);
    expect(() => SyntaxValidator.validate(text)).not.toThrow();
    expect(text).not.toContain('<url>');
  });
});
