import { languages, type Lang } from '../../config/languages.ts';
import type { ArticleSummary, AuthorSummary, SiteIndex, TagSummary } from '../content/site-index.ts';
import { formatMonth } from '../format.ts';
import type { Alternate } from '../i18n/alternates.ts';
import { dictionaryOf, fill, plural } from '../i18n/dictionary.ts';
import { langParam, routesIn } from '../urls/routes.ts';
import { groupByMonth, monthAnchor } from './archive.ts';
import { pageOfIndex, paginate, type Page } from './pagination.ts';

/**
 * Every listing page of the site, ready to render: the home page's list, each tag's, each author's and each
 * year's of the archive, cut into pages with their route params, title, count line and pagination, and the
 * archive's index of years and months. Computed once per build from the site index (src/lib/content/query.ts),
 * so that the routes under src/pages/ only render what they are handed.
 */

/** What a page's pagination bar needs (src/components/Pagination.astro): where it is, and where page n is. */
export interface PageLinks {
  current: number;
  total: number;
  href: (page: number) => string;
}

/** What every page of an edition is handed besides its content: its language and its other versions. */
export interface PageLanguage {
  lang: Lang;
  /** The page in every language it exists in (none when only in its own): hreflang and the language switch. */
  alternates: readonly Alternate[];
}

/** The route param of the language prefix, `[...lang]`: none for the default language. */
// A type, not an interface: getStaticPaths wants params with an index signature.
export type LangParams = { lang: string | undefined };

/** One page of a listing of articles. */
export interface ListingPage<Params> extends Page<ArticleSummary>, PageLanguage {
  /** The route's params, as getStaticPaths returns them. */
  params: Params & LangParams;
  /** Site-relative path of the page, with its language's prefix. */
  path: string;
  /** The page's title: the listing's name, with "page 2 of 3" after it on later pages. */
  title: string;
  /** "27 articles", or "27 articles, page 2 of 2" when the listing has more than one page. */
  countLabel: string;
  pageLinks: PageLinks;
}

/**
 * A page of the home page's list: the pinned articles first (the first one leads), then the others newest
 * first; /page/2/ and on continue the list.
 */
export interface LatestPage extends ListingPage<{ page: string }> {
  /** How many of the page's first items are pinned (none after the first page). */
  pinned: number;
}

/** A page of a tag's articles: /tags/<tag>/, /tags/<tag>/2/ … */
export interface TagPage extends ListingPage<{ tag: string; page: string | undefined }> {
  tag: TagSummary;
}

/** A page of an author's articles: /authors/<author>/, /authors/<author>/2/ … */
export interface AuthorPage extends ListingPage<{ author: string; page: string | undefined }> {
  author: AuthorSummary;
}

/** A page of a year's articles in the archive: /archive/<year>/, /archive/<year>/2/ … */
export interface ArchiveYearPage extends ListingPage<{ year: string; page: string | undefined }> {
  year: number;
  /** The page's articles in runs of one month, each under its heading. */
  months: readonly { anchor: string; label: string; articles: readonly ArticleSummary[] }[];
}

/** A year of the archive's index (/archive/), with links to its months. */
export interface ArchiveYear {
  year: number;
  /** The id of the year's heading. */
  anchor: string;
  href: string;
  countLabel: string;
  months: readonly { label: string; href: string; countLabel: string }[];
}

export interface SiteListings {
  /** The first page of the newest articles: the home page. */
  homePage: LatestPage;
  /** The later pages of the newest articles, /page/2/ and on. */
  latestPages: readonly LatestPage[];
  tagPages: readonly TagPage[];
  authorPages: readonly AuthorPage[];
  archiveYearPages: readonly ArchiveYearPage[];
  /** The archive's index: years and months, newest first. */
  archiveYears: readonly ArchiveYear[];
}

export interface ListingOptions {
  /** Articles per page. */
  pageSize: number;
  /** A site-relative path as a link (under the base path). */
  link: (path: string) => string;
}

/** A rest parameter for page n of a listing: none for the first page (/tags/x/), the number after it. */
const restPage = (n: number) => (n === 1 ? undefined : String(n));

/**
 * `articles` cut into pages named `name`, each with its params, title, count line and pagination, in `lang`:
 * `path` gives the site-relative path of page n.
 */
export function listingPages<Params>(
  lang: Lang,
  articles: readonly ArticleSummary[],
  pageSize: number,
  name: string,
  path: (page: number) => string,
  link: (path: string) => string,
  params: (page: number) => Params,
): ListingPage<Params>[] {
  const t = dictionaryOf(lang).listings;
  const href = (n: number) => link(path(n));
  return paginate(articles, pageSize).map((page) => {
    const position = fill(t.pageOf, { page: page.number, total: page.total });
    const count = plural(t.articles, page.totalItems, lang);
    return {
      ...page,
      lang,
      alternates: [],
      params: { ...params(page.number), lang: langParam(lang) },
      path: path(page.number),
      title: page.number === 1 ? name : fill(t.titleOnPage, { title: name, position }),
      countLabel: page.total > 1 ? fill(t.countOnPage, { count, position }) : count,
      pageLinks: { current: page.number, total: page.total, href },
    };
  });
}

// A listing page is handed its tag or author without the list of articles, which it does not show: its cache key
// digests all it is handed, so with the list it would be rendered again whenever any of them changed.
const tagSummary = ({ slug, name, description }: TagSummary): TagSummary => ({ slug, name, description });
const authorSummary = ({ slug, name, bio, jobTitle, knowsAbout, links }: AuthorSummary): AuthorSummary => ({
  slug,
  name,
  bio,
  jobTitle,
  knowsAbout,
  links,
});

/** Every listing page of an edition, from its index. */
export function siteListings(index: SiteIndex<unknown>, options: ListingOptions): SiteListings {
  const { pageSize, link } = options;
  const { lang } = index;
  const { locale } = languages[lang];
  const t = dictionaryOf(lang);
  const routes = routesIn(lang);
  // Pinned articles lead the home page and are not repeated further down; when a pin ends, the next build
  // lists the article in its place again.
  const pinned = new Set(index.pinned.map((a) => a.slug));
  const [homePage, ...latestPages] = listingPages(
    lang,
    [...index.pinned, ...index.summaries.filter((a) => !pinned.has(a.slug))],
    pageSize,
    t.listings.latestArticles,
    (n) => routes.home(n),
    link,
    (n) => ({ page: String(n) }),
  ).map((page) => ({ ...page, pinned: page.number === 1 ? pinned.size : 0 }));
  // The content rules refuse a site without articles, so the home page always has a first page.
  if (!homePage) throw new Error('siteListings: the site has no published article');
  return {
    homePage,
    latestPages,
    tagPages: index.tags.flatMap(({ articles, ...listing }) => {
      const tag = tagSummary(listing);
      return listingPages(
        lang,
        articles,
        pageSize,
        tag.name,
        (n) => routes.tag(tag.slug, n),
        link,
        (n) => ({ tag: tag.slug, page: restPage(n) }),
      ).map((page) => ({ ...page, tag }));
    }),
    authorPages: index.authors.flatMap(({ articles, ...listing }) => {
      const author = authorSummary(listing);
      return listingPages(
        lang,
        articles,
        pageSize,
        author.name,
        (n) => routes.author(author.slug, n),
        link,
        (n) => ({ author: author.slug, page: restPage(n) }),
      ).map((page) => ({ ...page, author }));
    }),
    archiveYearPages: index.archive.flatMap(({ year, articles }) =>
      listingPages(
        lang,
        articles,
        pageSize,
        fill(t.archive.yearTitle, { year }),
        (n) => routes.archiveYear(year, n),
        link,
        (n) => ({ year: String(year), page: restPage(n) }),
      ).map((page) => ({
        ...page,
        year,
        months: groupByMonth(page.items).map((group) => ({
          anchor: monthAnchor(group.year, group.month),
          label: formatMonth(group.year, group.month, locale, true),
          articles: group.articles,
        })),
      })),
    ),
    archiveYears: index.archive.map(({ year, count, months }) => ({
      year,
      anchor: `year-${year}`,
      href: link(routes.archiveYear(year)),
      countLabel: plural(t.listings.articles, count, lang),
      // A month's link goes to its heading on the page of the year's list where the month starts.
      months: months.map((m) => ({
        label: formatMonth(m.year, m.month, locale),
        href: `${link(routes.archiveYear(m.year, pageOfIndex(m.offset, pageSize)))}#${monthAnchor(m.year, m.month)}`,
        countLabel: plural(t.listings.articles, m.count, lang),
      })),
    })),
  };
}

/** Every page of an edition's listings, as a list. */
export function allListingPages(listings: SiteListings): ListingPage<unknown>[] {
  return [
    listings.homePage,
    ...listings.latestPages,
    ...listings.tagPages,
    ...listings.authorPages,
    ...listings.archiveYearPages,
  ];
}

/** The listings with each page's alternates (./../i18n/alternates.ts), once every edition's pages are known. */
export function withAlternates(
  listings: SiteListings,
  alternates: (path: string) => readonly Alternate[],
): SiteListings {
  const add = <T extends ListingPage<unknown>>(page: T): T => ({
    ...page,
    alternates: alternates(page.path),
  });
  return {
    ...listings,
    homePage: add(listings.homePage),
    latestPages: listings.latestPages.map(add),
    tagPages: listings.tagPages.map(add),
    authorPages: listings.authorPages.map(add),
    archiveYearPages: listings.archiveYearPages.map(add),
  };
}
