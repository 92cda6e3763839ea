/**
 * The languages the site is published in: English, the default, at the site's root, and Urdu under /ur/
 * (Astro's i18n routing in astro.config.mjs reads this list). Pure data, read by the build and the editors'
 * tools alike. Every interface string of each language is in its dictionary (src/lib/i18n/).
 */

/** The language codes, default first: the `lang` of an article's front matter and the URL prefix. */
export const LANGUAGES = ['en', 'ur'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** The language of articles that do not say, published without a URL prefix. */
export const DEFAULT_LANGUAGE = 'en' satisfies Lang;

export interface LanguageSettings {
  /** BCP 47 tag for `<html lang>`, `Intl` (dates, numbers, plurals) and hreflang. */
  locale: string;
  /** Reading direction: `<html dir>`; the CSS uses logical properties, so one stylesheet serves both. */
  dir: 'ltr' | 'rtl';
  /** The language's name in itself, for the language switch. */
  name: string;
  /** Its name in English, for editors' messages and documentation. */
  englishName: string;
  /**
   * Reading speed for the "N min read" label, in words per minute. English: 230, close to the mean silent
   * reading rate of adults for non-fiction in English (238, Brysbaert 2019, a meta-analysis of 190 studies).
   * Urdu: 160, an estimate, since no standard measurement of adult silent reading in Urdu is published: the
   * International Reading Speed Texts (IReST, Trauzettel-Klosinski and Dietz 2012: the same texts read aloud
   * in 17 languages) give Arabic, the nearest script among them, 138 words a minute against 228 for English;
   * Urdu writes its postpositions and auxiliaries (کا، میں، ہے) as separate short words where Arabic joins
   * them to the word, so the same text has more, shorter words, and a little more than Arabic is read.
   */
  wordsPerMinute: number;
}

export const languages: Readonly<Record<Lang, LanguageSettings>> = {
  en: { locale: 'en-GB', dir: 'ltr', name: 'English', englishName: 'English', wordsPerMinute: 230 },
  ur: { locale: 'ur-PK', dir: 'rtl', name: 'اردو', englishName: 'Urdu', wordsPerMinute: 160 },
};

/** Whether a string is one of the site's language codes. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
