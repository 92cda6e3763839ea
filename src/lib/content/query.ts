import { getImage } from 'astro:assets';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { buildDate, cacheDir, isDevServer, siteEnv, siteUrl, timings } from '../../config/env.ts';
import { editorialStrings } from '../../config/editorial-strings.ts';
import { LANGUAGES, languages, type Lang } from '../../config/languages.ts';
import { publishing } from '../../config/publishing.ts';
import { site } from '../../config/site.ts';
import { alternatesOf, pathsByLanguage, type PathsByLanguage } from '../i18n/alternates.ts';
import {
  allListingPages,
  siteListings,
  withAlternates,
  type LangParams,
  type ListingOptions,
  type PageLanguage,
  type SiteListings,
} from '../listings/listing-pages.ts';
import { SHARE_IMAGE } from '../seo/page-meta.ts';
import { cardsToDraw } from '../share/article-cards.ts';
import { planShareCards } from '../share/card-cache.ts';
import { link } from '../urls/links.ts';
import { kickerAnchor, langParam, routesIn } from '../urls/routes.ts';
import { entryBodiesDir, readBulk } from './loaders/bodies-on-disk.ts';
import { hasFolder, seriesFolder } from './loaders/optional-folder.ts';
import { OUTSIDE_PAGE_GRAPH, sourceDigest } from './loaders/source-digest.ts';
import { derivedMemo } from './loaders/derived-memo.ts';
import { memoFiles, SITE_INDEX_MODULE, takeRelatedAhead } from './loaders/related-ahead.ts';
import { digestOf, pageKey, type DigestMemo } from './page-key.ts';
import { POLICY_SLUG } from './rules.ts';
import { buildEditions, type Article, type PublishOptions, type SiteIndex } from './site-index.ts';
import { kindsOfWork, standardsPages, type KindOfWork, type StandardsPage } from './standards.ts';

/**
 * The only module that reads the content collections (ESLint enforces it). It loads every entry once per build,
 * checks the cross-file rules (a broken reference fails the build with the file, field and what was expected),
 * and derives each language's edition: its site index, its listing pages and its Data Protection Policy, every
 * page with its versions in the other languages, ready-made. Pages and components never call getCollection.
 */

export type ArticleEntry = CollectionEntry<'articles'>;
type AuthorEntry = CollectionEntry<'authors'>;
type TagEntry = CollectionEntry<'tags'>;
type SeriesEntry = CollectionEntry<'series'>;
type PageEntry = CollectionEntry<'pages'>;
/** A hero image as Astro's image() gives it. */
type HeroImage = NonNullable<ArticleEntry['data']['hero']>['src'];
export type SiteArticle = Article<ArticleEntry, HeroImage> & Pick<PageLanguage, 'alternates'>;
/** A standards page with its entry, which its route renders (and so which is in the page's cache key). */
export type SiteStandardsPage = StandardsPage & { source: PageEntry };

/** A language's Data Protection Policy: its front matter, the entry to render, and its other versions. */
export interface PolicyPage extends PageLanguage {
  title: string;
  description: string;
  updatedDate: Date;
  source: PageEntry;
}

/** The pages every edition has once: their language and versions (the 404 page's are the home pages, for its switch). */
export interface EditionPages {
  tags: PageLanguage;
  authors: PageLanguage;
  archive: PageLanguage;
  search: PageLanguage;
  notFound: PageLanguage;
}

/** One language's edition: everything its pages show. */
export interface Edition
  extends
    Omit<SiteIndex<ArticleEntry, HeroImage>, 'articles' | 'articleBySlug' | 'standalonePages'>,
    SiteListings {
  articles: readonly SiteArticle[];
  articleBySlug: ReadonlyMap<string, SiteArticle>;
  /** The route param of the edition's prefix (`[...lang]`). */
  params: LangParams;
  pages: EditionPages;
  policy: PolicyPage | undefined;
  /** The standards pages (content/pages/) of the edition's language that exist, with their entries. */
  standards: readonly SiteStandardsPage[];
  /** What each kicker means (the Types of work page). */
  kindsOfWork: readonly KindOfWork[];
}

/** Everything the pages show: each language's edition, the default language's first. */
export interface Site {
  editions: readonly Edition[];
}

let loaded: Promise<Site> | undefined;

/** Every edition, computed on first use and shared by every page of the build. */
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
 * (all of them: one too many costs a rendering, one too few a stale page) but the memory budget, which decides
 * only how many Pagefind processes run at once, with the build date as the one part of it a page may show, its
 * year (the footer's copyright); and the code outside the routes' module graphs, which
 * Astro does not hash (src/lib/content/loaders/source-digest.ts). Anything else a page shows must come through
 * its props.
 */
function buildContext(): string {
  return digestOf({
    settings: {
      ...siteEnv,
      buildDate: undefined,
      buildYear: buildDate.getUTCFullYear(),
      buildMemoryMB: undefined,
    },
    code: sourceDigest(OUTSIDE_PAGE_GRAPH),
  });
}

/** An article's rendered body (and its headings), read from the build cache where the loader left it. */
export function renderArticle(
  article: Pick<Article<ArticleEntry, HeroImage>, 'file' | 'source'>,
): ReturnType<typeof render> {
  const { source } = article;
  const { rendered } = readBulk(source, entryBodiesDir);
  if (!rendered)
    throw new Error(`${article.file}: no rendered HTML was stored for this article; build again`);
  return render({ ...source, rendered });
}

/** A Data Protection Policy's rendered body. */
export function renderPolicy(policy: PolicyPage): ReturnType<typeof render> {
  return render(policy.source);
}

/** A standards page's rendered body, from the entry its route is handed. */
export async function renderPage(
  page: SiteStandardsPage,
): Promise<Pick<Awaited<ReturnType<typeof render>>, 'Content'>> {
  const { Content } = await render(page.source);
  return { Content };
}

/** The project-relative path of an entry's file, for error messages. */
const fileOf = (entry: { id: string; filePath?: string | undefined }, folder: string) =>
  entry.filePath ?? `${folder}/${entry.id}`;

/**
 * Every edition from the collections' entries; `body` gives an article's Markdown. Exported for the tests,
 * which hand it entries of their own.
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
  const indexes = buildEditions(
    {
      articles: entries.articles.map((entry) => {
        let text: string | undefined;
        return {
          slug: entry.id,
          file: fileOf(entry, 'articles'),
          data: entry.data,
          // Read when first asked for: what the site index derives from it may be remembered (PublishOptions.memo).
          get body() {
            text ??= body(entry);
            return text;
          },
          digest: entry.digest === undefined ? undefined : String(entry.digest),
          source: entry,
        };
      }),
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
  const policies = policyPages(entries.pages ?? []);
  const built = [...indexes.values()].map((index) => ({ index, listings: siteListings(index, options) }));
  // Every page's path in every edition, to find each page's versions in the others.
  const paths: PathsByLanguage = pathsByLanguage(
    built.map(({ index, listings }) => {
      const routes = routesIn(index.lang);
      return [
        index.lang,
        [
          ...index.articles.map((a) => a.path),
          ...allListingPages(listings).map((page) => page.path),
          routes.tags(),
          routes.authors(),
          routes.archive(),
          routes.search(),
          ...(policies.has(index.lang) ? [routes.page(POLICY_SLUG)] : []),
        ],
      ] as const;
    }),
  );
  return {
    editions: built.map(({ index, listings }) => {
      const { lang, standalonePages, ...rest } = index;
      const routes = routesIn(lang);
      const language = (path: string): PageLanguage => ({
        lang,
        alternates: alternatesOf(lang, path, paths),
      });
      const policy = policies.get(lang);
      const articles = index.articles.map((article) => ({
        ...article,
        alternates: alternatesOf(lang, article.path, paths),
      }));
      return {
        ...rest,
        lang,
        ...withAlternates(listings, (path) => alternatesOf(lang, path, paths)),
        articles,
        articleBySlug: new Map(articles.map((a) => [a.slug, a])),
        params: { lang: langParam(lang) },
        pages: {
          tags: language(routes.tags()),
          authors: language(routes.authors()),
          archive: language(routes.archive()),
          search: language(routes.search()),
          // Served at any missing address: its language switch leads to the other editions' home pages.
          notFound: language(routes.home()),
        },
        policy: policy && { ...policy, ...language(routes.page(POLICY_SLUG)) },
        standards: standardsPages(publishing.standardsPages, standalonePages).flatMap((page) => {
          const source = entries.pages?.find((entry) => entry.id === page.slug);
          return source ? [{ ...page, source }] : [];
        }),
        kindsOfWork: kindsOfWork(site.kickers, editorialStrings.kindsOfWork, kickerAnchor),
      };
    }),
  };
}

/** Each language's Data Protection Policy: content/pages/data-protection.md and its translations. */
function policyPages(pages: readonly PageEntry[]): Map<Lang, Omit<PolicyPage, keyof PageLanguage>> {
  return new Map(
    pages
      .filter((page) => page.id === POLICY_SLUG || page.data.translationOf === POLICY_SLUG)
      .map((page) => [
        page.data.lang,
        {
          title: page.data.title,
          description: page.data.description,
          updatedDate: page.data.updatedDate,
          source: page,
        },
      ]),
  );
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

/** DISPATCH_TIMINGS=1 (set by the benchmark) logs the cost of the related-articles computation. */
function logRelatedTiming(ms: number, count: number, where = ''): void {
  console.log(`[dispatch] related articles: ${ms.toFixed(0)} ms for ${String(count)} articles${where}`);
}

async function loadSite(): Promise<Site> {
  // Word counts and related articles of unchanged articles, from the last build (./loaders/derived-memo.ts).
  const version = sourceDigest([SITE_INDEX_MODULE]);
  const files = memoFiles(cacheDir);
  const memo = derivedMemo(files.derived, version);
  // Each article's related-articles terms: only read when an article changed (about 5 MB per 1,000 articles).
  const termsMemo = derivedMemo(files.terms, version);
  const [articles, authors, tags, series, pages] = await Promise.all([
    getCollection('articles'),
    getCollection('authors'),
    getCollection('tags'),
    hasFolder(seriesFolder) ? getCollection('series') : [],
    getCollection('pages'),
  ]);
  const socialImages = new Map(
    await Promise.all(
      articles.flatMap((entry) => {
        const image = entry.data.seo?.image;
        return image ? [socialImageOf(image).then((url) => [entry.id, url] as const)] : [];
      }),
    ),
  );
  // The related articles a build scored on a thread while Vite built (./loaders/related-ahead.ts).
  const ahead = await takeRelatedAhead();
  if (ahead.reply && timings) logRelatedTiming(ahead.reply.ms, ahead.reply.articles, ' (on a thread, ahead)');
  const result = siteFromEntries(
    { articles, authors, tags, series, pages },
    {
      includeDrafts: isDevServer(),
      now: buildDate,
      wordsPerMinute: Object.fromEntries(
        LANGUAGES.map((lang) => [lang, languages[lang].wordsPerMinute]),
      ) as Record<Lang, number>,
      socialImages,
      // A build draws the share cards on worker threads while the rest of the site is derived and the pages render,
      // and puts them beside the pages (src/integrations/share-cards.ts); elsewhere this does nothing.
      onArticles: (known) => {
        planShareCards(cardsToDraw(known, socialImages));
      },
      // DISPATCH_TIMINGS=1 (set by the benchmark) logs the cost of the related-articles computation.
      ...(timings && { onRelatedTiming: logRelatedTiming }),
      relatedAhead: ahead.lists,
      memo: memo.remember,
      termsMemo: termsMemo.remember,
      pageSize: site.pageSize,
      link,
    },
    // Read here, when the reading time or related articles need it, then let go (bodies-on-disk.ts).
    (entry) => readBulk(entry, entryBodiesDir).body,
  );
  memo.save();
  termsMemo.save();
  // content:check (the build's first step) refuses an edition without its policy: this is a safeguard.
  for (const edition of result.editions)
    if (!edition.policy)
      throw new Error(
        `content/pages/: the Data Protection Policy in "${edition.lang}" is missing; expected a page with lang: ${edition.lang} and translationOf: ${POLICY_SLUG}`,
      );
  return result;
}
