import { stemmer } from 'stemmer';
import { eng as englishStopWords } from 'stopword';

/**
 * Text → index terms, for the related-articles engine: Markdown link targets, code and HTML dropped,
 * lowercased, accents folded, stop words removed, words stemmed (Porter), so that "strikes", "Strike" and
 * "striking" are one term.
 */

/** Words too common to say anything about a piece: the stopword package's English list plus news filler. */
const STOP_WORDS: ReadonlySet<string> = new Set([
  ...englishStopWords,
  ...['also', 'said', 'says', 'would', 'could', 'one', 'two', 'new', 'us', 'its', 'has', 'had', 'been'],
  ...['being', 'were', 'was', 'than', 'more', 'most', 'which', 'who', 'whom', 'whose', 'while', 'will'],
  ...['not', 'no', 'so', 'just', 'may', 'upon', 'per', 'via', 'dont', 'doesnt', 'didnt', 'isnt', 'wasnt'],
]);

/**
 * Markdown → the words a reader reads, for indexing: fenced code, images, link targets, footnote labels,
 * HTML tags and bare addresses become spaces. One pass, because it runs over every article of the build.
 */
export function markdownProse(markdown: string): string {
  return markdown.replace(
    /^```[\s\S]*?^```|!\[[^\]]*\]\([^)]*\)|\]\([^)]*\)|\[\^[^\]]+\]|<[^>]+>|https?:\/\/\S+/gm,
    ' ',
  );
}

// Anything but letters, digits and apostrophes separates words.
const SEPARATOR = /[^\p{L}\p{N}'’]+/u;
// Combining marks left by NFKD: "balūchistān" → "baluchistan".
const MARKS = /\p{M}+/gu;
// eslint-disable-next-line no-control-regex -- the ASCII range, on purpose
const NON_ASCII = /[^\u0000-\u007f]/;

/** Lowercased, accents folded ("Balūchistān" → "baluchistan"). */
export function foldText(text: string): string {
  // Only text with non-ASCII characters pays for Unicode normalisation; lowercase last, as NFKD can give
  // capitals ("𝒳" → "X").
  return (NON_ASCII.test(text) ? text.normalize('NFKD').replace(MARKS, '') : text).toLowerCase();
}

/** Calls `each` with every word of `text` (lowercased, accents folded), in order. */
export function forEachWord(text: string, each: (word: string) => void): void {
  for (const word of foldText(text).split(SEPARATOR)) if (word) each(word);
}

/** The index term of one word from `forEachWord`, or null when it carries no meaning of its own. */
export function termOf(word: string): string | null {
  // "iran’s" → "iran", "'quoted'" → "quoted": possessives and quotes say nothing about the topic.
  const bare = word
    .replace(/^['’]+|['’]+$/g, '')
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
  if (bare.length < 2 || STOP_WORDS.has(bare)) return null;
  // A number alone ("2024", "16") is a date or a count, not a topic.
  if (/^\p{N}+$/u.test(bare)) return null;
  return stemmer(bare);
}

/** The terms of a text, in order. */
export function terms(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (word) => {
    const term = termOf(word);
    if (term !== null) out.push(term);
  });
  return out;
}
