/**
 * Reading time of a Markdown body. Counts the words a reader reads: code blocks, link targets,
 * image addresses, HTML tags and Markdown punctuation are left out.
 */

/** The words a reader would read in a Markdown body. */
export function countWords(markdown: string): number {
  const prose = markdown
    .replace(/^```[\s\S]*?^```/gm, ' ') // fenced code
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, ' ') // images: alt text is not read aloud in the flow
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links: keep the text, drop the address
    .replace(/\[\^[^\]]+\]:?/g, ' ') // footnote markers
    .replace(/<[^>]+>/g, ' ') // inline HTML
    .replace(/https?:\/\/\S+/g, ' '); // bare addresses
  // Letters and digits with what continues a word: apostrophes, hyphens, inner dots and commas, and (for Urdu)
  // vowel marks and the zero-width non-joiner.
  const words = prose.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}’'.,\u200C-]*/gu);
  return words ? words.length : 0;
}

/** Minutes to read `words` at `wordsPerMinute`, rounded up, at least 1. */
export function readingMinutes(words: number, wordsPerMinute: number): number {
  if (!(wordsPerMinute > 0)) throw new RangeError('wordsPerMinute must be positive');
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}
