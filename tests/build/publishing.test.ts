import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { fixtureSite, sharedFixtureBuild } from '../support/build-site.ts';
import { htmlFiles, urlPathOf } from '../support/built-site.ts';
import { checkLinks, fileOfUrl, type LinkCheckOptions } from '../support/link-check.ts';
import { readHead } from '../support/page-head.ts';

/**
 * The build tests' fixture site (tests/support/build-site.ts: the fixture content, tests/fixtures/content plus
 * tests/fixtures/publishing, served under a sub-path on another origin, at a fixed build date), built once for
 * all the build tests. Everything the site publishes for machines (feeds, sitemaps, robots.txt, _headers, head
 * metadata, share images) is checked against it, as are the site's links. Among the articles are a draft, a
 * scheduled piece and a syndicated piece.
 */

const SITE = fixtureSite.origin;
const BASE = fixtureSite.base;
const ROOT = `${SITE}${BASE}`;

/** The published articles, newest first (same-day pieces by slug), and what must never appear. */
const PUBLISHED = [
  'opinion-piece',
  'corrected-analysis',
  'second-article',
  'syndicated-piece',
  'co-written-report',
  'quoting-html',
  'first-article',
  'search-overrides',
];
const UNPUBLISHED = ['draft-article', 'scheduled-article'];
const articleUrl = (slug: string) => `${ROOT}articles/${slug}/`;
/** The Urdu edition's articles, newest first: an Urdu original, and the translation of first-article at its address. */
const URDU_PUBLISHED = ['urdu-only-piece', 'first-article'];
const urduUrl = (slug: string) => `${ROOT}ur/articles/${slug}/`;
/** Whether a built file belongs to the Urdu edition. */
const isUrdu = (file: string) => file.startsWith('ur/');
/** The site's name as each edition writes it. */
const siteName = (file: string) => (isUrdu(file) ? 'ڈسپیچ' : 'Dispatch');
/** The error pages, one per edition: never in a sitemap, never canonical. */
const ERROR_PAGES = ['404.html', 'ur/404.html'];

let dist: string;
/** The absolute URL a built file is served at. */
const servedUrl = (file: string) => new URL(BASE + urlPathOf(file).slice(1), SITE).href;
let options: LinkCheckOptions;
const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['item', 'entry', 'url', 'sitemap', 'category'].includes(name),
});

const read = (file: string) => readFileSync(join(dist, file), 'utf8');

/** Parses an XML file of the build after checking that it is well-formed. */
function readXml(file: string): Record<string, unknown> {
  const text = read(file);
  expect(() => SyntaxValidator.validate(text), `${file} is well-formed XML`).not.toThrow();
  return xml.parse(text) as Record<string, unknown>;
}

/** Every http(s) URL in a text (XML, JSON or HTML), entities decoded. */
function urlsIn(text: string): string[] {
  return [
    ...text
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .matchAll(/https?:\/\/[^\s"'<>\\]+/g),
  ].map((m) => m[0]);
}

/** Every URL on the site's own origin resolves to a file of the build. */
function expectUrlsResolve(text: string): void {
  const own = urlsIn(text).filter((url) => url.startsWith(SITE));
  expect(own.length).toBeGreaterThan(0);
  for (const url of own) expect(fileOfUrl(url, options), url).toBeDefined();
}

beforeAll(() => {
  const { status, output, distDir } = sharedFixtureBuild();
  expect(output).toContain('Complete!');
  expect(status).toBe(0);
  dist = distDir;
  options = { dir: distDir, base: BASE, origin: SITE };
}, 180_000);

describe('a build served under a sub-path', () => {
  test('passes the internal-link check: every link and asset resolves inside the base', () => {
    expect(checkLinks(options)).toEqual([]);
  });

  test('the link check does catch a link that escapes the base', () => {
    // The checker must be able to fail: the same build, checked as if served at the root, breaks.
    const problems = checkLinks({ ...options, base: '/' });
    expect(problems.length).toBeGreaterThan(0);
  });

  test('builds no page for a draft or a scheduled article', () => {
    for (const slug of UNPUBLISHED) expect(existsSync(join(dist, 'articles', slug))).toBe(false);
  });
});

describe('the home page on 13 January 2024, with three pins in force', () => {
  test('leads with the newest pin, lists the other pins as top stories, then the rest newest first', () => {
    const html = read('index.html');
    const headlines = [
      ...html.matchAll(/<h[23] class="title"[^>]*><a [^>]*href="[^"]*\/articles\/([^/]+)\/"/g),
    ].map((m) => m[1]);
    // corrected-analysis (pinned until 1 March) leads although opinion-piece is newer; co-written-report and
    // first-article (pinned for good) follow as top stories, and no article is listed twice.
    expect(headlines).toEqual([
      'corrected-analysis',
      'co-written-report',
      'first-article',
      'opinion-piece',
      'second-article',
      'syndicated-piece',
      'quoting-html',
      'search-overrides',
    ]);
    expect(html).toContain('>Top stories<');
  });
});

describe('the feeds', () => {
  test('RSS 2.0 lists every published article, newest first, with absolute links, author and tags', () => {
    const channel = (readXml('rss.xml')['rss'] as { channel: Record<string, unknown> }).channel;
    const items = channel['item'] as Record<string, unknown>[];
    expect(items.map((i) => i['link'])).toEqual(PUBLISHED.map(articleUrl));
    expect(channel['link']).toBe(ROOT);
    const opinion = items[0] ?? {};
    expect(opinion['title']).toBe('An opinion with <angle brackets> & an ampersand');
    expect(opinion['dc:creator']).toBe('Jane Doe');
    // A co-written piece carries one dc:creator per author, in byline order.
    const coWritten = items.find((i) => i['link'] === articleUrl('co-written-report')) ?? {};
    expect(coWritten['dc:creator']).toEqual(['Omar Khan', 'Jane Doe']);
    expect(opinion['category']).toEqual(['Politics', 'World']);
    expect(opinion['pubDate']).toBe('Sat, 13 Jan 2024 00:00:00 GMT');
  });

  test('carry the full text with relative links, fragments and images made absolute', () => {
    const items = (readXml('rss.xml')['rss'] as { channel: { item: Record<string, string>[] } }).channel.item;
    const html = items[0]?.['content:encoded'] ?? '';
    expect(html).toContain('The section the fragment link points to.');
    expect(html).toContain(`href="${articleUrl('first-article')}"`);
    expect(html).toContain(`href="${articleUrl('opinion-piece')}#the-section"`);
    const image = /<img [^>]*src="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(image.startsWith(`${ROOT}_astro/`)).toBe(true);
    expect(fileOfUrl(image, options)).toBeDefined();
    // The site's hover-only heading anchors make no sense in a reader.
    expect(html).not.toContain('heading-anchor');
  });

  test('Atom 1.0 has the same entries, each with id, dates, author and full content', () => {
    const feed = readXml('atom.xml')['feed'] as Record<string, unknown>;
    const entries = feed['entry'] as Record<string, unknown>[];
    expect(entries.map((e) => e['id'])).toEqual(PUBLISHED.map(articleUrl));
    // The latest change of any entry: the corrected analysis's last correction.
    expect(feed['updated']).toBe('2024-01-20T00:00:00.000Z');
    const janeDoe = { name: 'Jane Doe', uri: `${ROOT}authors/jane-doe/` };
    const omarKhan = { name: 'Omar Khan', uri: `${ROOT}authors/omar-khan/` };
    for (const entry of entries) {
      // One <author> per author of the byline, in its order.
      expect(entry['author'], String(entry['id'])).toEqual(
        entry['id'] === articleUrl('co-written-report') ? [omarKhan, janeDoe] : janeDoe,
      );
      expect(entry['content']).toMatchObject({ '@_type': 'html' });
      expect(entry['published']).toMatch(/^2024-01-\d\dT00:00:00.000Z$/);
    }
  });

  test('JSON Feed 1.1 has the same items, a co-written one with both authors', () => {
    const feed = JSON.parse(read('feed.json')) as {
      version: string;
      feed_url: string;
      items: Record<string, unknown>[];
    };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe(`${ROOT}feed.json`);
    expect(feed.items.map((i) => i['url'])).toEqual(PUBLISHED.map(articleUrl));
    expect(feed.items[0]).toMatchObject({
      authors: [{ name: 'Jane Doe', url: `${ROOT}authors/jane-doe/` }],
      tags: ['Politics', 'World'],
      image: `${ROOT}articles/opinion-piece/share.png`,
    });
    expect(feed.items.find((i) => i['url'] === articleUrl('co-written-report'))?.['authors']).toEqual([
      { name: 'Omar Khan', url: `${ROOT}authors/omar-khan/` },
      { name: 'Jane Doe', url: `${ROOT}authors/jane-doe/` },
    ]);
  });

  test('each tag has its own feed with only that tag’s articles', () => {
    const links = (file: string) =>
      (readXml(file)['rss'] as { channel: { item: { link: string }[] } }).channel.item.map((i) => i.link);
    expect(links('tags/politics/rss.xml')).toEqual(
      ['opinion-piece', 'corrected-analysis', 'second-article'].map(articleUrl),
    );
    expect(links('tags/world/rss.xml')).toEqual(PUBLISHED.map(articleUrl));
  });

  test('name nothing unpublished, and every URL on the site resolves to a file of the build', () => {
    for (const file of ['rss.xml', 'atom.xml', 'feed.json', 'tags/world/rss.xml']) {
      const text = read(file);
      for (const slug of UNPUBLISHED) expect(text).not.toContain(slug);
      expectUrlsResolve(text);
    }
  });

  test('are offered on every page with rel="alternate", each edition its own, and a tag page its own first', () => {
    for (const page of htmlFiles(dist)) {
      const feeds = readHead(read(page))
        .links.filter((l) => l.rel === 'alternate' && l.type !== undefined)
        .map((l) => l.href);
      const edition = isUrdu(page) ? `${ROOT}ur/` : ROOT;
      expect(feeds, page).toEqual(
        expect.arrayContaining([`${edition}rss.xml`, `${edition}atom.xml`, `${edition}feed.json`]),
      );
    }
    const tagFeeds = readHead(read('tags/politics/index.html')).links.filter(
      (l) => l.rel === 'alternate' && l.type !== undefined,
    );
    expect(tagFeeds[0]).toMatchObject({ href: `${ROOT}tags/politics/rss.xml`, type: 'application/rss+xml' });
  });
});

describe('the sitemaps and robots.txt', () => {
  test('the sitemap lists every public page, with lastmod on articles, and no draft, 404 or syndicated copy', () => {
    const urls = (readXml('sitemap-0.xml')['urlset'] as { url: { loc: string; lastmod?: string }[] }).url;
    const expected = htmlFiles(dist)
      .filter((file) => !ERROR_PAGES.includes(file) && !file.startsWith('articles/syndicated-piece/'))
      .map((file) => servedUrl(file));
    expect(urls.map((u) => u.loc).sort()).toEqual(expected.sort());
    const lastmod = new Map(urls.map((u) => [u.loc, u.lastmod]));
    // The last change: a correction after the update, else updatedDate, else pubDate.
    expect(lastmod.get(articleUrl('corrected-analysis'))).toBe('2024-01-20T00:00:00.000Z');
    expect(lastmod.get(articleUrl('second-article'))).toBe('2024-01-13T00:00:00.000Z');
    expect(lastmod.get(articleUrl('first-article'))).toBe('2024-01-10T00:00:00.000Z');
    for (const slug of UNPUBLISHED) expect(read('sitemap-0.xml')).not.toContain(slug);
  });

  test('the sitemap index names the page sitemap and the news sitemap under the base', () => {
    const sitemaps = (readXml('sitemap-index.xml')['sitemapindex'] as { sitemap: { loc: string }[] }).sitemap;
    expect(sitemaps.map((s) => s.loc).sort()).toEqual([`${ROOT}news-sitemap.xml`, `${ROOT}sitemap-0.xml`]);
  });

  test('the news sitemap holds the articles of the two days before the build, with Google’s news tags', () => {
    const urls = (readXml('news-sitemap.xml')['urlset'] as { url: Record<string, unknown>[] }).url;
    // Build date 2024-01-13T12:00Z: 13 and 12 January are inside; the syndicated piece (12th) belongs to
    // its original's sitemap; first-article (10th) is too old; the scheduled piece is not out.
    // The Urdu edition's piece of the 12th is in too; the translation of first-article (11th) is too old.
    expect(urls.map((u) => u['loc'])).toEqual([
      ...['opinion-piece', 'corrected-analysis', 'second-article'].map(articleUrl),
      urduUrl('urdu-only-piece'),
    ]);
    expect(urls[0]?.['news:news']).toEqual({
      'news:publication': { 'news:name': 'Dispatch', 'news:language': 'en' },
      'news:publication_date': '2024-01-13T00:00:00.000Z',
      'news:title': 'An opinion with <angle brackets> & an ampersand',
    });
  });

  test('robots.txt lets crawlers in and names both sitemaps by absolute URL', () => {
    const robots = read('robots.txt');
    expect(robots).toContain('User-agent: *\nAllow: /');
    expect(robots).toContain(`Sitemap: ${ROOT}sitemap-index.xml`);
    expect(robots).toContain(`Sitemap: ${ROOT}news-sitemap.xml`);
    expect(robots).not.toContain('noindex');
  });
});

describe('the head of every page', () => {
  test('has lang, a title, a description and OpenGraph and Twitter tags; canonical and og:url agree', () => {
    for (const page of htmlFiles(dist)) {
      const head = readHead(read(page));
      expect([head.lang, head.dir], page).toEqual(isUrdu(page) ? ['ur-PK', 'rtl'] : ['en-GB', 'ltr']);
      expect(head.title, page).toContain(siteName(page));
      expect(head.meta.get('description')?.[0], page).toBeTruthy();
      expect(head.meta.get('og:image')?.[0], page).toMatch(
        /^https:\/\/news\.example\.org\/dispatch\/.+\.(?:png|jpg)$/,
      );
      expect(head.meta.get('twitter:card')?.[0], page).toMatch(/^summary/);
      expect(head.meta.has('robots'), page).toBe(ERROR_PAGES.includes(page));
      const canonical = head.links.filter((l) => l.rel === 'canonical').map((l) => l.href);
      if (ERROR_PAGES.includes(page)) {
        expect(canonical).toEqual([]);
        continue;
      }
      expect(canonical, page).toHaveLength(1);
      expect(head.meta.get('og:url'), page).toEqual(canonical);
      if (page !== 'articles/syndicated-piece/index.html') expect(canonical[0]).toBe(servedUrl(page));
    }
  });

  test('a syndicated article names its original as canonical', () => {
    const head = readHead(read('articles/syndicated-piece/index.html'));
    expect(head.links.find((l) => l.rel === 'canonical')?.href).toBe(
      'https://original.example/news/the-original/',
    );
  });

  test('every JSON-LD block parses and has the fields its type requires', () => {
    for (const page of htmlFiles(dist)) {
      const blocks = readHead(read(page)).jsonLd.map((text) => JSON.parse(text) as Record<string, unknown>);
      const types = blocks.map((b) => b['@type']);
      for (const block of blocks) expect(block['@context'], page).toBe('https://schema.org');
      if (page === 'index.html' || page === 'ur/index.html') expect(types).toEqual(['WebSite']);
      else if (ERROR_PAGES.includes(page)) expect(types).toEqual([]);
      else expect(types, page).toContain('BreadcrumbList');
      for (const block of blocks) {
        if (block['@type'] === 'BreadcrumbList') {
          const items = block['itemListElement'] as { position: number; name: string; item: string }[];
          expect(items[0]).toMatchObject({
            position: 1,
            name: siteName(page),
            item: isUrdu(page) ? `${ROOT}ur/` : ROOT,
          });
          expect(items.at(-1)?.item, page).toBe(servedUrl(page));
        }
      }
    }
  });

  test('an article has NewsArticle JSON-LD of the kicker’s subtype with every required field', () => {
    const ld = (slug: string) =>
      readHead(read(`articles/${slug}/index.html`))
        .jsonLd.map((t) => JSON.parse(t) as Record<string, unknown>)
        .find((b) => String(b['@type']).endsWith('NewsArticle'));
    expect(ld('opinion-piece')?.['@type']).toBe('OpinionNewsArticle');
    expect(ld('second-article')?.['@type']).toBe('AnalysisNewsArticle');
    expect(ld('first-article')?.['@type']).toBe('NewsArticle');
    expect(ld('second-article')).toMatchObject({
      headline: 'Second article',
      description: 'The second fixture article.',
      image: [`${ROOT}articles/second-article/share.png`],
      datePublished: '2024-01-12T00:00:00.000Z',
      dateModified: '2024-01-13T00:00:00.000Z',
      author: [{ '@type': 'Person', name: 'Jane Doe', url: `${ROOT}authors/jane-doe/` }],
      // The publisher by reference: the home page describes the same @id in full, with its logo.
      publisher: {
        '@type': 'NewsMediaOrganization',
        '@id': `${ROOT}#organization`,
        name: 'Dispatch',
        url: ROOT,
      },
      mainEntityOfPage: { '@type': 'WebPage', '@id': articleUrl('second-article') },
      keywords: ['World', 'Politics'],
    });
    const home = readHead(read('index.html'))
      .jsonLd.map((t) => JSON.parse(t) as Record<string, unknown>)
      .find((b) => b['@type'] === 'WebSite');
    expect(home?.['publisher']).toMatchObject({
      '@type': 'NewsMediaOrganization',
      '@id': `${ROOT}#organization`,
      logo: { '@type': 'ImageObject', url: `${ROOT}logo.png` },
    });
  });

  test('an article’s JSON-LD gives its sources as citations and its last correction as dateModified', () => {
    const ld = readHead(read('articles/corrected-analysis/index.html'))
      .jsonLd.map((t) => JSON.parse(t) as Record<string, unknown>)
      .find((b) => b['@type'] === 'AnalysisNewsArticle');
    expect(ld?.['dateModified']).toBe('2024-01-20T00:00:00.000Z');
    expect(ld?.['citation']).toEqual([
      {
        '@type': 'CreativeWork',
        name: 'A report on discs',
        url: 'https://example.org/report',
        publisher: { '@type': 'Organization', name: 'Example Institute' },
        datePublished: '2024-01-05T00:00:00.000Z',
      },
      { '@type': 'CreativeWork', name: 'A page without publisher or date', url: 'https://example.com/page' },
    ]);
  });

  test('an article has OpenGraph article tags', () => {
    const meta = readHead(read('articles/second-article/index.html')).meta;
    expect(meta.get('og:type')).toEqual(['article']);
    expect(meta.get('article:published_time')).toEqual(['2024-01-12T00:00:00.000Z']);
    expect(meta.get('article:modified_time')).toEqual(['2024-01-13T00:00:00.000Z']);
    expect(meta.get('article:author')).toEqual([`${ROOT}authors/jane-doe/`]);
    expect(meta.get('article:tag')).toEqual(['World', 'Politics']);
    expect(meta.get('twitter:card')).toEqual(['summary_large_image']);
  });

  test('JSON-LD text cannot close its script element early', () => {
    const html = read('articles/opinion-piece/index.html');
    const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? '';
    expect(ld).not.toContain('<');
    expect(JSON.stringify(JSON.parse(ld))).toContain('<angle brackets>');
  });
});

describe('the Urdu edition', () => {
  /** The hreflang links of a built page, as language → URL. */
  const versionsOf = (file: string) =>
    new Map(
      readHead(read(file))
        .links.filter((l) => l.rel === 'alternate' && l.hreflang !== undefined)
        .map((l) => [l.hreflang ?? '', l.href]),
    );
  /** The built file served at an absolute URL of the site. */
  const fileAt = (url: string) => {
    const file = fileOfUrl(url, options);
    if (!file) throw new Error(`${url} is not a file of the build`);
    return file.slice(dist.length + 1);
  };

  test('its feeds list its articles only, in Urdu, at its translations’ addresses', () => {
    const channel = (readXml('ur/rss.xml')['rss'] as { channel: Record<string, unknown> }).channel;
    const items = channel['item'] as Record<string, unknown>[];
    expect(items.map((i) => i['link'])).toEqual(URDU_PUBLISHED.map(urduUrl));
    expect(channel['language']).toBe('ur-pk');
    expect(channel['title']).toBe('ڈسپیچ');
    expect(items[1]?.['category']).toEqual(['دنیا']);
    const json = JSON.parse(read('ur/feed.json')) as { items: { url: string }[] };
    expect(json.items.map((i) => i.url)).toEqual(URDU_PUBLISHED.map(urduUrl));
    expect(
      (
        readXml('ur/tags/politics/rss.xml')['rss'] as { channel: { item: { link: string }[] } }
      ).channel.item.map((i) => i.link),
    ).toEqual([urduUrl('urdu-only-piece')]);
  });

  test('every page’s hreflang links are reciprocal: each version names the same set, itself included', () => {
    let pagesWithVersions = 0;
    for (const page of htmlFiles(dist)) {
      const versions = versionsOf(page);
      if (versions.size === 0) continue;
      pagesWithVersions++;
      expect([...versions.keys()].sort(), page).toEqual(['en', 'ur', 'x-default']);
      expect(versions.get(isUrdu(page) ? 'ur' : 'en'), page).toBe(servedUrl(page));
      expect(versions.get('x-default'), page).toBe(versions.get('en'));
      for (const url of versions.values())
        expect(versionsOf(fileAt(url)), `${page} → ${url}`).toEqual(versions);
    }
    // Home, the indexes, search, the policy, the world tag, Jane Doe, the archive of 2024 and the article pair:
    // each in both editions.
    expect(pagesWithVersions).toBeGreaterThanOrEqual(2 * 10);
    expect(versionsOf('articles/first-article/index.html').get('ur')).toBe(urduUrl('first-article'));
    expect(versionsOf('ur/articles/urdu-only-piece/index.html').size).toBe(0);
    expect(versionsOf('articles/second-article/index.html').size).toBe(0);
  });

  test('the sitemap gives each page the versions its head gives, as xhtml:link alternates', () => {
    const urls = (
      readXml('sitemap-0.xml')['urlset'] as {
        url: {
          loc: string;
          'xhtml:link'?:
            { '@_hreflang': string; '@_href': string }[] | { '@_hreflang': string; '@_href': string };
        }[];
      }
    ).url;
    expect(urls.some((u) => u.loc.startsWith(`${ROOT}ur/`))).toBe(true);
    for (const url of urls) {
      const links = [url['xhtml:link'] ?? []].flat();
      const fromSitemap = new Map(links.map((l) => [l['@_hreflang'], l['@_href']]));
      expect(fromSitemap, url.loc).toEqual(versionsOf(fileAt(url.loc)));
    }
  });

  test('the JSON-LD links the original and its translation both ways, each in its language', () => {
    const article = (file: string) =>
      readHead(read(file))
        .jsonLd.map((t) => JSON.parse(t) as Record<string, unknown>)
        .find((b) => String(b['@type']).endsWith('NewsArticle'));
    expect(article('articles/first-article/index.html')).toMatchObject({
      inLanguage: 'en-GB',
      workTranslation: [{ '@id': urduUrl('first-article'), inLanguage: 'ur-PK' }],
    });
    expect(article('ur/articles/first-article/index.html')).toMatchObject({
      inLanguage: 'ur-PK',
      translationOfWork: { '@id': articleUrl('first-article'), inLanguage: 'en-GB' },
    });
  });

  test('each edition has its own error page, where hosts look for it', () => {
    expect(readHead(read('ur/404.html')).lang).toBe('ur-PK');
    expect(existsSync(join(dist, 'ur', '404'))).toBe(false);
  });
});

describe('share images', () => {
  test('each article has a 1200×630 PNG, which its og:image names', async () => {
    for (const slug of PUBLISHED.filter((s) => s !== 'search-overrides')) {
      const file = join(dist, 'articles', slug, 'share.png');
      const { format, width, height } = await sharp(file).metadata();
      expect({ format, width, height }).toEqual({ format: 'png', width: 1200, height: 630 });
      const head = readHead(read(`articles/${slug}/index.html`));
      expect(head.meta.get('og:image')).toEqual([`${ROOT}articles/${slug}/share.png`]);
    }
  });
});

describe('search and social overrides (seo)', () => {
  const page = () => read('articles/search-overrides/index.html');

  test('replace the title, description and image in the head and JSON-LD, while the page keeps its own', async () => {
    const head = readHead(page());
    expect(head.title).toBe('A search title, shorter than the headline · Dispatch');
    expect(head.meta.get('description')).toEqual([
      'The description search engines and social sites get instead of the dek.',
    ]);
    expect(head.meta.get('og:title')).toEqual(['A search title, shorter than the headline']);
    expect(head.meta.get('og:image:alt')).toEqual([
      'A blue disc on a green background, cropped for social cards',
    ]);
    const [image = ''] = head.meta.get('og:image') ?? [];
    // Named after the first file with its bytes (the fixture image is a copy of another).
    expect(image).toMatch(new RegExp(`^${ROOT}_astro/.+\\.jpg$`));
    const file = fileOfUrl(image, options);
    expect(file, 'the social image is a file of the build').toBeDefined();
    const { format, width, height } = await sharp(file ?? '').metadata();
    expect({ format, width, height }).toEqual({ format: 'jpeg', width: 1200, height: 630 });
    const ld = head.jsonLd
      .map((t) => JSON.parse(t) as Record<string, unknown>)
      .find((b) => b['@type'] === 'NewsArticle');
    expect(ld).toMatchObject({
      headline: 'A search title, shorter than the headline',
      description: 'The description search engines and social sites get instead of the dek.',
      image: [image],
    });
    // The page itself keeps its headline and dek, and no share card is drawn for it.
    expect(page()).toContain('A headline that is written for the page and runs long');
    expect(page()).toContain('The dek as the page shows it, under the headline.');
    expect(existsSync(join(dist, 'articles/search-overrides/share.png'))).toBe(false);
  });

  test('give the JSON Feed item the social image', () => {
    const feed = JSON.parse(read('feed.json')) as { items: Record<string, unknown>[] };
    const item = feed.items.find((i) => i['url'] === articleUrl('search-overrides'));
    const head = readHead(page());
    expect(item?.['image']).toBe(head.meta.get('og:image')?.[0]);
    expect(String(item?.['image'])).toMatch(/\.jpg$/);
  });
});

describe('_headers', () => {
  test('sends the CSP and security headers on every path under the base, and caches hashed assets for a year', () => {
    const headers = read('_headers');
    expect(headers).toMatch(/^\/dispatch\/\*\n {2}Content-Security-Policy: .*script-src 'self'/m);
    const csp = /Content-Security-Policy: (.*)/.exec(headers)?.[1] ?? '';
    expect(/script-src[^;]*'unsafe-inline'/.test(csp)).toBe(false);
    expect(csp).toContain("frame-ancestors 'none'");
    for (const name of [
      'Strict-Transport-Security',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
    ]) {
      expect(headers).toContain(`  ${name}: `);
    }
    expect(headers).toContain('/dispatch/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
  });

  test('every script of every page is a file under the base, none inline, so that the header policy allows it', () => {
    for (const page of htmlFiles(dist)) {
      for (const src of readHead(read(page)).scripts)
        expect(src, page).toMatch(/^\/dispatch\/_astro\/.+\.js$/);
    }
  });
});
