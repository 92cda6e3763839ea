/**
 * Maps every word occurrence of a text to a number, fast: a build's related-articles pass reads millions of
 * words, and splitting them into strings to look each up in a Map costs more than all the scoring. Here the
 * text is scanned once, character codes are hashed on the fly, and a word is only cut out as a string the
 * first time it is seen. Words are what `forEachWord` (terms.ts) yields: runs of letters, digits and
 * apostrophes of the lowercased, accent-folded text.
 */

const EMPTY = -1;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;

/** Whether a character code is part of a word (a letter, a digit or an apostrophe). */
function isWordCode(code: number, text: string, at: number): boolean {
  if (code < 128) {
    return (
      (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 39 || (code >= 65 && code <= 90)
    );
  }
  // ’ is an apostrophe; surrogates (letters beyond the first plane) are kept in the word.
  if (code === 0x2019 || (code >= 0xd800 && code <= 0xdfff)) return true;
  return /[\p{L}\p{N}]/u.test(text.charAt(at));
}

/** Interns words into ids; `resolve` is called once per distinct word to give its id. */
export class WordIds {
  readonly #resolve: (word: string) => number;
  readonly #words: string[] = [];
  readonly #ids: number[] = [];
  #slots = new Int32Array(1 << 14).fill(EMPTY);

  constructor(resolve: (word: string) => number) {
    this.#resolve = resolve;
  }

  /** Calls `each` with the id of every word of `text` (already lowercased and folded), in order. */
  forEachId(text: string, each: (id: number) => void): void {
    const length = text.length;
    let start = -1;
    let hash = FNV_OFFSET;
    for (let i = 0; i <= length; i++) {
      const code = i < length ? text.charCodeAt(i) : 32;
      if (isWordCode(code, text, i)) {
        if (start < 0) {
          start = i;
          hash = FNV_OFFSET;
        }
        hash = Math.imul(hash ^ code, FNV_PRIME);
      } else if (start >= 0) {
        each(this.#idOf(text, start, i, hash));
        start = -1;
      }
    }
  }

  /** The id of text[start, end), looked up by open addressing; a new word is resolved and stored. */
  #idOf(text: string, start: number, end: number, hash: number): number {
    const mask = this.#slots.length - 1;
    const length = end - start;
    let slot = hash & mask;
    for (;;) {
      const entry = this.#slots[slot] ?? EMPTY;
      if (entry === EMPTY) break;
      const word = this.#words[entry] ?? '';
      if (word.length === length && text.startsWith(word, start)) return this.#ids[entry] ?? EMPTY;
      slot = (slot + 1) & mask;
    }
    const word = text.slice(start, end);
    const id = this.#resolve(word);
    this.#slots[slot] = this.#words.length;
    this.#words.push(word);
    this.#ids.push(id);
    // Keep the table at most half full, so that probes stay short.
    if (this.#words.length * 2 > this.#slots.length) this.#grow();
    return id;
  }

  #grow(): void {
    const slots = new Int32Array(this.#slots.length * 2).fill(EMPTY);
    const mask = slots.length - 1;
    this.#words.forEach((word, entry) => {
      let hash = FNV_OFFSET;
      for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
      let slot = hash & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = entry;
    });
    this.#slots = slots;
  }
}
