import { getImage } from 'astro:assets';
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { buildDate, isDevServer, siteEnv, siteUrl, timings } from '../../config/env.ts';
import { editorialStrings } from '../../config/editorial-strings.ts';
import { publishing } from '../../config/publishing.ts';
import { site } from '../../config/site.ts';
import { siteListings, type ListingOptions, type SiteListings } from '../listings/listing-pages.ts';
import { SHARE_IMAGE } from '../seo/page-meta.ts';
import { link } from '../urls/links.ts';
import { kickerAnchor } from '../urls/routes.ts';
import { entryBodiesDir, readBulk } from './loaders/bodies-on-disk.ts';
import { hasFolder, seriesFolder } from './loaders/optional-folder.ts';
import { OUTSIDE_PAGE_GRAPH, sourceDigest } from './loaders/source-digest.ts';
import { digestOf, pageKey, type DigestMemo } from './page-key.ts';
import { buildSiteIndex, type Article, type PublishOptions, type SiteIndex } from './site-index.ts';
import { kindsOfWork, standardsPages, type KindOfWork, type StandardsPage } from './standards.ts';

/**
 * The only module that reads the content collections (ESLint enforces it). It loads every entry once per build,
 * checks the cross-file rules (a broken reference fails the build with the file, field and what was expected),
 * and derives the site index and the listing pages that every page reads, ready-made. Pages and components
 * never call getCollection.
 */

export type ArticleEntry = CollectionEntry<'articles'>;
type AuthorEntry = CollectionEntry<'authors'>;
type TagEntry = CollectionEntry<'tags'>;
type SeriesEntry = CollectionEntry<'series'>;
type PageEntry = CollectionEntry<'pages'>;
/** A hero image as Astro's image() gives it. */
type HeroImage = NonNullable<ArticleEntry['data']['hero']>['src'];
export type SiteArticle = Article<ArticleEntry, HeroImage>;
/** Everything the pages show: the site index, every listing page, the standards pages that exist and the kinds of work. */
export type Site = SiteIndex<ArticleEntry, HeroImage> &
  SiteListings & { standards: readonly SiteStandardsPage[]; kindsOfWork: readonly KindOfWork[] };
/** A standards page with its entry, which its route renders (and so which is in the page's cache key). */
export type SiteStandardsPage = StandardsPage & { source: PageEntry };

let loaded: Promise<Site> | undefined;

/** The site index and listing pages, computed on first use and shared by every page of the build. */
export function getSiteIndex(): Promise<Site> {
  loaded ??= loadSite();
  return loaded;
}

/** A route's getStaticPaths entry: its params and the props the page renders. */
export interface StaticPath<Props> {
  params: Record<string, string | undefined>;
  props: Props;
}

let context: string | undefined;
const memo: DigestMemo = new WeakMap();

/**
 * The getStaticPaths entries `pick` takes from the site index, each with its cache key for Astro's incremental
 * build: the one place keys are made. A key is a digest of the page's props and of the build's context
 * (src/lib/content/page-key.ts), so a page is rendered again exactly when what it is handed changes, or its code.
 * A page must therefore show nothing but its props, its code and the context: a route that read the site index
 * itself would go stale.
 */
export async function keyedPaths<Props>(
  pick: (site: Site) => readonly StaticPath<Props>[],
): Promise<(StaticPath<Props> & { cacheKey: string })[]> {
  const site = await getSiteIndex();
  context ??= buildContext();
  const digest = context;
  return pick(site).map((path) => ({ ...path, cacheKey: pageKey(path.props, digest, memo) }));
}

/**
 * What shapes every page without being its props or its route's code, as one digest: the deployment settings
 * (all of them: one too many costs a rendering, one too few a stale page), with the build date as the one part of
 * it a page may show, its year (the footer's copyright); and the code outside the routes' module graphs, which
 * Astro does not hash (src/lib/content/loaders/source-digest.ts). Anything else a page shows must come through
 * its props.
 */
function buildContext(): string {
  return digestOf({
    settings: { ...siteEnv, buildDate: undefined, buildYear: buildDate.getUTCFullYear() },
    code: sourceDigest(OUTSIDE_PAGE_GRAPH),
  });
}

/** An article's rendered body (and its headings), read from the build cache where the loader left it. */
export function renderArticle(article: SiteArticle): ReturnType<typeof render> {
  const { source } = article;
  const { rendered } = readBulk(source, entryBodiesDir);
  if (!rendered)
    throw new Error(`${article.file}: no rendered HTML was stored for this article; build again`);
  return render({ ...source, rendered });
}

/** The Data Protection Policy (content/pages/data-protection.md) with its rendered body. */
export async function getPolicyPage(): Promise<
  CollectionEntry<'pages'>['data'] & Pick<Awaited<ReturnType<typeof render>>, 'Content'>
> {
  // A standalone page of content/pages/; its absence is a content error, not a missing page.
  const page = await getEntry('pages', 'data-protection');
  if (!page)
    throw new Error('content/pages/data-protection.md: file: the Data Protection Policy page is missing');
  const { Content } = await render(page);
  return { ...page.data, Content };
}

/** A standards page's rendered body, from the entry its route is handed. */
export async function renderPage(page: SiteStandardsPage): Promise<Pick<Awaited<ReturnType<typeof render>>, 'Content'>> {
  const { Content } = await render(page.source);
  return { Content };
}

/** The project-relative path of an entry's file, for error messages. */
const fileOf = (entry: { id: string; filePath?: string | undefined }, folder: string) =>
  entry.filePath ?? `${folder}/${entry.id}`;

/**
 * The site index and every listing page from the collections' entries; `body` gives an article's Markdown.
 * Exported for the tests, which hand it entries of their own.
 */
export function siteFromEntries(
  entries: {
    articles: readonly ArticleEntry[];
    authors: readonly AuthorEntry[];
    tags: readonly TagEntry[];
    series?: readonly SeriesEntry[];
    pages?: readonly PageEntry[];
  },
  options: PublishOptions & ListingOptions,
  body: (entry: ArticleEntry) => string,
): Site {
  const index = buildSiteIndex(
    {
      articles: entries.articles.map((entry) => ({
        slug: entry.id,
        file: fileOf(entry, 'articles'),
        data: entry.data,
        body: body(entry),
        source: entry,
      })),
      authors: entries.authors.map((entry) => ({
        slug: entry.id,
        file: fileOf(entry, 'authors'),
        data: entry.data,
      })),
      tags: entries.tags.map((entry) => ({ slug: entry.id, file: fileOf(entry, 'tags'), data: entry.data })),
      series: (entries.series ?? []).map((entry) => ({
        slug: entry.id,
        file: fileOf(entry, 'series'),
        data: entry.data,
      })),
      pages: (entries.pages ?? []).map((entry) => ({
        slug: entry.id,
        file: fileOf(entry, 'pages'),
        data: entry.data,
        body: entry.body ?? '',
      })),
    },
    options,
  );
  return {
    ...index,
    ...siteListings(index, options),
    standards: standardsPages(publishing.standardsPages, index.pages).flatMap((page) => {
      const source = entries.pages?.find((entry) => entry.id === page.slug);
      return source ? [{ ...page, source }] : [];
    }),
    kindsOfWork: kindsOfWork(site.kickers, editorialStrings.kindsOfWork, kickerAnchor),
  };
}

/**
 * An article's social image (`seo.image`) through Astro's image pipeline: cropped to the share-image size
 * (1200×630) as a JPEG; its absolute address.
 */
async function socialImageOf(image: HeroImage): Promise<string> {
  const { src } = await getImage({
    src: image,
    width: SHARE_IMAGE.width,
    height: SHARE_IMAGE.height,
    fit: 'cover',
    format: 'jpg',
  });
  // The address already carries the base path.
  return new URL(src, siteUrl).href;
}

async function loadSite(): Promise<Site> {
  const [articles, authors, tags, series, pages] = await Promise.all([
    getCollection('articles'),
    getCollection('authors'),
    getCollection('tags'),
    hasFolder(seriesFolder) ? getCollection('series') : [],
    getCollection('pages'),
  ]);
  return siteFromEntries(
    { articles, authors, tags, series, pages },
    {
      includeDrafts: isDevServer(),
      now: buildDate,
      wordsPerMinute: site.wordsPerMinute,
      socialImages: new Map(
        await Promise.all(
          articles.flatMap((entry) => {
            const image = entry.data.seo?.image;
            return image ? [socialImageOf(image).then((url) => [entry.id, url] as const)] : [];
          }),
        ),
      ),
      // DISPATCH_TIMINGS=1 (set by the benchmark) logs the cost of the related-articles computation.
      ...(timings && {
        onRelatedTiming: (ms: number, count: number) => {
          console.log(`[dispatch] related articles: ${ms.toFixed(0)} ms for ${String(count)} articles`);
        },
      }),
      pageSize: site.pageSize,
      locale: site.locale,
      link,
    },
    // Read once here for the checks, reading time and related articles, then let go (bodies-on-disk.ts).
    (entry) => readBulk(entry, entryBodiesDir).body,
  );
}
