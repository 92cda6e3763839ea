import type { ArticleSummary, AuthorListing, SiteIndex, TagListing } from '../content/site-index.ts';
import { countOf, formatMonth } from '../format.ts';
import { routes } from '../urls/routes.ts';
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

/** One page of a listing of articles. */
export interface ListingPage<Params> extends Page<ArticleSummary> {
  /** The route's params, as getStaticPaths returns them. */
  params: Params;
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
  tag: TagListing;
}

/** A page of an author's articles: /authors/<author>/, /authors/<author>/2/ … */
export interface AuthorPage extends ListingPage<{ author: string; page: string | undefined }> {
  author: AuthorListing;
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
  /** The locale of month names. */
  locale: string;
  /** A site-relative path as a link (under the base path). */
  link: (path: string) => string;
}

/** A rest parameter for page n of a listing: none for the first page (/tags/x/), the number after it. */
const restPage = (n: number) => (n === 1 ? undefined : String(n));

/** `articles` cut into pages named `name`, each with its params, title, count line and pagination. */
export function listingPages<Params>(
  articles: readonly ArticleSummary[],
  pageSize: number,
  name: string,
  href: (page: number) => string,
  params: (page: number) => Params,
): ListingPage<Params>[] {
  return paginate(articles, pageSize).map((page) => {
    const position = `page ${page.number} of ${page.total}`;
    return {
      ...page,
      params: params(page.number),
      title: page.number === 1 ? name : `${name}, ${position}`,
      countLabel: countOf(page.totalItems, 'article') + (page.total > 1 ? `, ${position}` : ''),
      pageLinks: { current: page.number, total: page.total, href },
    };
  });
}

/** Every listing page of the site, from its index. */
export function siteListings(index: SiteIndex<unknown>, options: ListingOptions): SiteListings {
  const { pageSize, locale, link } = options;
  // Pinned articles lead the home page and are not repeated further down; when a pin ends, the next build
  // lists the article in its place again.
  const pinned = new Set(index.pinned.map((a) => a.slug));
  const [homePage, ...latestPages] = listingPages(
    [...index.pinned, ...index.articles.filter((a) => !pinned.has(a.slug))],
    pageSize,
    'Latest articles',
    (n) => link(routes.home(n)),
    (n) => ({ page: String(n) }),
  ).map((page) => ({ ...page, pinned: page.number === 1 ? pinned.size : 0 }));
  // The content rules refuse a site without articles, so the home page always has a first page.
  if (!homePage) throw new Error('siteListings: the site has no published article');
  return {
    homePage,
    latestPages,
    tagPages: index.tags.flatMap((tag) =>
      listingPages(
        tag.articles,
        pageSize,
        tag.name,
        (n) => link(routes.tag(tag.slug, n)),
        (n) => ({ tag: tag.slug, page: restPage(n) }),
      ).map((page) => ({ ...page, tag })),
    ),
    authorPages: index.authors.flatMap((author) =>
      listingPages(
        author.articles,
        pageSize,
        author.name,
        (n) => link(routes.author(author.slug, n)),
        (n) => ({ author: author.slug, page: restPage(n) }),
      ).map((page) => ({ ...page, author })),
    ),
    archiveYearPages: index.archive.flatMap(({ year, articles }) =>
      listingPages(
        articles,
        pageSize,
        `Archive ${year}`,
        (n) => link(routes.archiveYear(year, n)),
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
      countLabel: countOf(count, 'article'),
      // A month's link goes to its heading on the page of the year's list where the month starts.
      months: months.map((m) => ({
        label: formatMonth(m.year, m.month, locale),
        href: `${link(routes.archiveYear(m.year, pageOfIndex(m.offset, pageSize)))}#${monthAnchor(m.year, m.month)}`,
        countLabel: countOf(m.count, 'article'),
      })),
    })),
  };
}
