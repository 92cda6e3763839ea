import { DEFAULT_LANGUAGE, LANGUAGES, type Lang } from '../../config/languages.ts';
import { localized, unlocalized } from '../urls/routes.ts';

/**
 * The language versions of a page, for `hreflang` links, the sitemap's alternates and the language switch. The
 * same page in two languages has the same path but for the language prefix (src/lib/urls/routes.ts), so a
 * page's versions are the editions that have its path. Pure.
 */

/** One language's version of a page. */
export interface Alternate {
  lang: Lang;
  /** Site-relative path of that version. */
  path: string;
}

/** The paths of every edition's pages, by language, without their prefix. */
export type PathsByLanguage = ReadonlyMap<Lang, ReadonlySet<string>>;

/**
 * Every language version of the page at `path` in `lang`'s edition, itself included, in the order of the
 * site's languages; none when the page is in one language only (it then needs no alternates).
 */
export function alternatesOf(lang: Lang, path: string, paths: PathsByLanguage): Alternate[] {
  const page = unlocalized(lang, path);
  const found = LANGUAGES.filter((other) => paths.get(other)?.has(page)).map((other) => ({
    lang: other,
    path: localized(other, page),
  }));
  return found.length > 1 ? found : [];
}

/** The version for readers of no listed language (`x-default`): the default language's, else the first. */
export function defaultAlternate(alternates: readonly Alternate[]): Alternate | undefined {
  return alternates.find((a) => a.lang === DEFAULT_LANGUAGE) ?? alternates[0];
}

/** The paths of each edition's pages without their prefix, from each edition's prefixed paths. */
export function pathsByLanguage(editions: Iterable<readonly [Lang, Iterable<string>]>): PathsByLanguage {
  return new Map(
    [...editions].map(([lang, paths]) => [lang, new Set([...paths].map((path) => unlocalized(lang, path)))]),
  );
}
