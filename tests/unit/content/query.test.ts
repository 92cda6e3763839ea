import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { ArticleEntry } from '../../../src/lib/content/query.ts';
import { defaultAuthors, defaultTags, makeArticle, publishOptions } from '../../support/make-article.ts';

/**
 * The one module that reads the content collections, with Astro's collections (astro:content) and the bodies
 * kept on disk replaced by stand-ins: what it makes of the entries it is handed, and how it fails.
 */
const astro = vi.hoisted(() => ({ getCollection: vi.fn(), getEntry: vi.fn(), render: vi.fn() }));
vi.mock('astro:content', () => astro);
const bodies = vi.hoisted(() => ({ readBulk: vi.fn(), entryBodiesDir: '/cache/entry-bodies/x' }));
vi.mock('../../../src/lib/content/loaders/bodies-on-disk.ts', () => bodies);

const { renderArticle, renderPolicy, siteFromEntries } = await import('../../../src/lib/content/query.ts');

/** A collection entry as Astro's glob loader gives it, its front matter parsed by the real schema. */
function entry(slug: string, fields: Record<string, unknown> = {}, filePath?: string): ArticleEntry {
  const { data } = makeArticle(slug, fields);
  return { id: slug, collection: 'articles', data, digest: `d-${slug}`, filePath } as unknown as ArticleEntry;
}
const authors = defaultAuthors.map(({ slug, data }) => ({ id: slug, collection: 'authors', data }));
const tags = defaultTags.map(({ slug, data }) => ({ id: slug, collection: 'tags', data }));
const options = { ...publishOptions, pageSize: 1, link: (path: string) => `/${path}` };

/** A page of content/pages/ as Astro's glob loader gives it. */
const page = (id: string, data: Record<string, unknown>) =>
  ({
    id,
    collection: 'pages',
    data: { title: id, description: 'A page.', updatedDate: new Date('2024-01-01'), lang: 'en', ...data },
  }) as never;

beforeEach(() => {
  vi.clearAllMocks();
});

describe('siteFromEntries', () => {
  const articles = [
    entry('first', { pubDate: '2024-01-01' }, 'content/articles/first/index.md'),
    entry('second', { pubDate: '2024-02-01', canonical: 'https://original.example/second/' }),
  ];
  const [site] = siteFromEntries({ articles, authors, tags } as never, options, (e) =>
    e.id === 'first' ? 'word '.repeat(600) : 'A few words.',
  ).editions;
  if (!site) throw new Error('no edition');

  test('makes each entry an article of the index: its slug, file, body-derived facts and the entry itself', () => {
    expect(site.articles.map((a) => a.slug)).toEqual(['second', 'first']);
    const first = site.articleBySlug.get('first');
    expect(first?.file).toBe('content/articles/first/index.md');
    expect(first?.readingMinutes).toBe(3); // 600 words at 200 a minute
    expect(first?.source).toBe(articles[0]);
    expect(site.articleBySlug.get('second')?.canonical).toBe('https://original.example/second/');
  });

  test('names an entry without a file path by its collection and id, for messages', () => {
    expect(site.articleBySlug.get('second')?.file).toBe('articles/second');
  });

  test('hands the pages their listings, ready-made', () => {
    expect(site.homePage.items.map((a) => a.slug)).toEqual(['second']);
    expect(site.latestPages.map((p) => p.params)).toEqual([{ page: '2', lang: undefined }]);
    expect(site.tagPages.map((p) => p.params)).toEqual([
      { tag: 'world', page: undefined, lang: undefined },
      { tag: 'world', page: '2', lang: undefined },
    ]);
    expect(site.archiveYears.map((y) => y.year)).toEqual([2024]);
  });

  test('stops on a broken reference, naming the file', () => {
    const broken = [entry('lost', { authors: ['nobody'] }, 'content/articles/lost.md')];
    expect(() =>
      siteFromEntries({ articles: broken, authors, tags } as never, options, () => 'Text.'),
    ).toThrow('content/articles/lost.md: authors: unknown author "nobody"');
  });
});

describe('siteFromEntries with a translation', () => {
  const site = siteFromEntries(
    {
      articles: [entry('one', { pubDate: '2024-01-01' }), entry('ek', { lang: 'ur', translationOf: 'one' })],
      authors,
      tags,
      pages: [
        page('data-protection', {}),
        page('data-protection-ur', { lang: 'ur', translationOf: 'data-protection' }),
      ],
    } as never,
    options,
    () => 'Text.',
  );
  const [english, urdu] = site.editions;

  test('makes one edition per language, the default first, with its route param', () => {
    expect(site.editions.map((e) => [e.lang, e.params])).toEqual([
      ['en', { lang: undefined }],
      ['ur', { lang: 'ur' }],
    ]);
  });

  test('publishes the translation at its original’s address under /ur/, each linking the other', () => {
    const translation = urdu?.articleBySlug.get('ek');
    expect(translation?.path).toBe('ur/articles/one/');
    const both = [
      { lang: 'en', path: 'articles/one/' },
      { lang: 'ur', path: 'ur/articles/one/' },
    ];
    expect(translation?.alternates).toEqual(both);
    expect(english?.articleBySlug.get('one')?.alternates).toEqual(both);
  });

  test('gives every page kind its versions: the listings and the pages each edition has once', () => {
    expect(urdu?.homePage.alternates).toEqual([
      { lang: 'en', path: '' },
      { lang: 'ur', path: 'ur/' },
    ]);
    expect(english?.tagPages[0]?.alternates.map((a) => a.path)).toEqual(['tags/world/', 'ur/tags/world/']);
    expect(urdu?.pages.search.alternates.map((a) => a.path)).toEqual(['search/', 'ur/search/']);
    expect(urdu?.policy?.alternates.map((a) => a.path)).toEqual(['data-protection/', 'ur/data-protection/']);
    expect(urdu?.policy?.title).toBe('data-protection-ur');
  });
});

describe('renderArticle', () => {
  const [article] =
    siteFromEntries(
      { articles: [entry('one', {}, 'content/articles/one.md')], authors, tags } as never,
      options,
      () => 'Text.',
    ).editions[0]?.articles ?? [];
  if (!article) throw new Error('the fixture article is not published');

  test('renders the entry with the HTML the loader kept on disk', async () => {
    const rendered = { html: '<p>Text.</p>', metadata: { imagePaths: [] } };
    bodies.readBulk.mockReturnValue({ body: 'Text.', rendered });
    astro.render.mockResolvedValue({ Content: 'the component', headings: [] });
    await expect(renderArticle(article)).resolves.toEqual({ Content: 'the component', headings: [] });
    expect(bodies.readBulk).toHaveBeenCalledWith(article.source, bodies.entryBodiesDir);
    expect(astro.render).toHaveBeenCalledWith({ ...article.source, rendered });
  });

  test('stops, naming the file, when no HTML was kept for the article', () => {
    bodies.readBulk.mockReturnValue({ body: 'Text.', rendered: undefined });
    expect(() => renderArticle(article)).toThrow('content/articles/one.md: no rendered HTML was stored');
  });
});

describe('renderPolicy', () => {
  test('renders the policy page’s entry', async () => {
    astro.render.mockResolvedValue({ Content: 'the policy', headings: [] });
    const source = page('data-protection', {});
    await expect(renderPolicy({ source } as never)).resolves.toEqual({ Content: 'the policy', headings: [] });
    expect(astro.render).toHaveBeenCalledWith(source);
  });
});
