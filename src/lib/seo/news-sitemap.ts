import XMLBuilder from 'fast-xml-builder';

/**
 * The Google News sitemap: the articles published in the last two days before the build, each with the
 * publication's name and the article's language, the publication date and the headline, as Google's news sitemap rules
 * ask (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap). Pure.
 */

export interface NewsArticle {
  /** Absolute URL of the article page. */
  url: string;
  title: string;
  published: Date;
  /** A piece whose canonical URL is elsewhere: that page, not ours, belongs in a sitemap. */
  syndicated: boolean;
  /** The publication's name in the article's language, and that language. */
  publication: { name: string; locale: string };
}

export interface NewsOptions {
  /** The build's "now". */
  now: Date;
  /** How far back the sitemap reaches (Google: two days). */
  windowHours: number;
  /** At most this many URLs (Google: 1,000). */
  maxUrls: number;
}

/** The articles that belong in the news sitemap, newest first. */
export function newsArticles(articles: readonly NewsArticle[], options: NewsOptions): NewsArticle[] {
  const until = options.now.getTime();
  const since = until - options.windowHours * 3_600_000;
  return articles
    .filter((a) => !a.syndicated && a.published.getTime() > since && a.published.getTime() <= until)
    .sort((a, b) => b.published.getTime() - a.published.getTime())
    .slice(0, options.maxUrls);
}

/**
 * The language as Google News wants it: an ISO 639 code ("en" for "en-GB"), except for Chinese,
 * where Google distinguishes zh-cn and zh-tw.
 */
export function newsLanguage(locale: string): string {
  const [language = '', region = ''] = locale.toLowerCase().split('-');
  if (language === 'zh') return region === 'tw' || region === 'hant' ? 'zh-tw' : 'zh-cn';
  return language;
}

const xml = new XMLBuilder({ ignoreAttributes: false, suppressEmptyNode: true });

/** The news sitemap's XML. An empty window gives a valid sitemap with no URLs. */
export function newsSitemapXml(articles: readonly NewsArticle[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    xml.build({
      urlset: {
        '@_xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9',
        '@_xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9',
        url: articles.map((article) => ({
          loc: article.url,
          'news:news': {
            'news:publication': {
              'news:name': article.publication.name,
              'news:language': newsLanguage(article.publication.locale),
            },
            'news:publication_date': article.published.toISOString(),
            'news:title': article.title,
          },
        })),
      },
    })
  );
}
