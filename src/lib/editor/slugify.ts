/**
 * Slugs from headlines, for `npm run new` and `npm run import`: the result always matches SLUG_PATTERN
 * (lowercase ASCII letters and digits in words joined by single hyphens), so it is a valid file name and URL.
 */

/** The longest slug made from a headline; longer ones are cut at a word boundary. */
export const MAX_SLUG_LENGTH = 80;

/** Letters that Unicode does not decompose into a base letter and an accent. */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
};

/**
 * "Iran’s Missile Strike: A Tense Turn" → "irans-missile-strike-a-tense-turn". Accents are dropped
 * ("Kraków" → "krakow"), apostrophes join their word ("Iran’s" → "irans"), and "&" reads "and".
 * Returns "" when the text has no Latin letters or digits at all.
 */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđłıþ]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .replace(/['’‘`]/g, '')
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) return slug || word.slice(0, maxLength);
    slug = next;
  }
  return slug;
}
