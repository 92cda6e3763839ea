/**
 * The excerpt shown with a search result. Pagefind's own excerpt is the 30-word stretch of the page's indexed
 * text where the found words weigh most; an article's indexed text starts with its headline, which Pagefind
 * weighs 7 times a body word (that is what ranks a headline match first), so any search for a word of the
 * headline got an excerpt that began inside it ("Cross-Border Relations. Iran’s strikes on …"). The excerpt
 * here is Pagefind's, taken from the text after the headline: the headline still counts in the ranking, and
 * the result, which already shows the headline above its excerpt, no longer repeats part of it.
 */

/** A found word: its position in the indexed text (in words) and Pagefind's score for it there. */
export interface FoundWord {
  location: number;
  balanced_score: number;
}

/** What Pagefind returns for a result (`await result.data()`) that the excerpt is made of. */
export interface ExcerptSource {
  /** The indexed text as Pagefind builds its excerpts from it: `<` and `>` escaped, nothing else added. */
  raw_content: string;
  /** Where the search words were found. */
  weighted_locations: readonly FoundWord[];
  /** Pagefind's metadata; `title` is the page's first h1, which starts its indexed text. */
  meta: Readonly<Record<string, string | undefined>>;
}

/** Pagefind's default excerpt length, in words. */
export const EXCERPT_WORDS = 30;

/** Splits indexed text into words the way Pagefind counts word positions. */
function words(content: string): string[] {
  // Text Pagefind segmented itself (languages written without spaces) marks word ends with zero-width spaces.
  return content.includes('\u200B') ? content.split('\u200B') : content.split(/[\r\n\s]+/g);
}

/**
 * Where the text after the title starts, in words: the title's length when the text starts with the title
 * (Pagefind ends a block with a full stop unless it already ends in punctuation), otherwise 0.
 */
export function bodyStart(text: readonly string[], title: string | undefined): number {
  const titleWords = title?.trim().split(/\s+/) ?? [];
  const last = titleWords.length - 1;
  if (last < 0 || titleWords.length >= text.length) return 0;
  const matches = titleWords.every((word, i) =>
    i < last ? text[i] === word : text[i] === word || text[i] === `${word}.`,
  );
  return matches ? titleWords.length : 0;
}

/**
 * The first word of the `length`-word window, starting at `from` or later, where the found words score most;
 * of several equal windows in a row, the middle one, so that the words found sit mid-excerpt (as Pagefind does).
 */
export function densestWindow(found: readonly FoundWord[], from: number, length: number): number {
  const scores: number[] = [];
  for (const { location, balanced_score } of found) {
    if (location >= from) scores[location - from] = (scores[location - from] ?? 0) + balanced_score;
  }
  if (scores.length <= length) return from;
  // The window's sum slides along: each step takes in one word and lets go of another.
  let sum = 0;
  for (let i = 0; i < length; i++) sum += scores[i] ?? 0;
  let best = sum;
  let run = [0];
  for (let start = 1; start < scores.length; start++) {
    sum += (scores[start + length - 1] ?? 0) - (scores[start - 1] ?? 0);
    if (sum > best) {
      best = sum;
      run = [start];
    } else if (sum === best && run.at(-1) === start - 1) {
      run.push(start);
    }
  }
  return from + (run[Math.floor(run.length / 2)] ?? 0);
}

/**
 * The excerpt of a result, as HTML: `length` words of its indexed text after the title, with the words
 * found in <mark>. Like Pagefind's own excerpt, the text is Pagefind's escaped text and only <mark> is added.
 */
export function searchExcerpt(result: ExcerptSource, length: number = EXCERPT_WORDS): string {
  const text = words(result.raw_content);
  const from = bodyStart(text, result.meta['title']);
  const start = Math.max(
    from,
    Math.min(densestWindow(result.weighted_locations, from, length), text.length - length),
  );
  const marked = new Set(result.weighted_locations.map((word) => word.location));
  const separator = result.raw_content.includes('\u200B') ? '' : ' ';
  return text
    .slice(start, start + length)
    .map((word, i) => (marked.has(start + i) ? `<mark>${word}</mark>` : word))
    .join(separator)
    .trim();
}
