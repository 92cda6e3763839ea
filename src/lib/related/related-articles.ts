import { foldText, markdownProse, termOf } from './terms.ts';
import { WordIds } from './word-ids.ts';

/**
 * Related articles, computed once per build for every article.
 *
 * Score of a candidate c for an article a:
 *
 *   score = (tagWeight · tagCosine + (1 − tagWeight) · textCosine) · recency
 *
 * - tagCosine: cosine of the two articles' tag vectors, each tag weighted by its IDF, ln(N / df), so that
 *   sharing a rare tag counts for more than sharing a common one and a tag on every article counts for nothing.
 * - textCosine: cosine of TF-IDF vectors of title + dek + body (title terms count `titleWeight` times, dek
 *   terms `dekWeight` times, the body's first `maxBodyChars` characters once; tf weight 1 + ln tf; idf
 *   ln(N / df)). Each vector keeps only its `maxTerms` heaviest terms: what an article is about is in those,
 *   and it bounds the work per article.
 * - recency: 1 / (1 + |days between the two pubDates| / recencyDays); gentle: at `recencyDays` apart a
 *   candidate keeps half its score.
 *
 * Never the article itself, never a draft. Equal scores go to the newer article, then the slug in
 * alphabetical order, so that every build gives the same lists.
 *
 * Cost: no all-pairs matrix is ever built. Candidates come from inverted indexes (tag → articles,
 * term → articles), each posting list sorted heaviest first and read at most `maxPostings` deep, with text
 * scores accumulated into one dense array that is reset after each article; the tag score of each candidate
 * is then computed exactly (an article has at most 8 tags). Below `maxPostings` articles per tag and term the
 * result is exact; above, an article only meets the candidates for which a shared tag or term weighs most.
 * See bench/related.ts for the figures at 1,000 and 10,000 articles.
 */

/** What the engine needs to know of one article. */
export interface RelatedInput {
  slug: string;
  title: string;
  /** The dek. */
  description: string;
  /** The Markdown body. */
  body: string;
  tags: readonly string[];
  pubDate: Date;
  draft: boolean;
  /** Related articles chosen by an editor, shown first and in this order. */
  related: readonly string[];
}

/**
 * The text terms of one article: each distinct term once, in the order it first appears in the title, dek and
 * body, with its weighted count. They depend on that article alone (and the options), so a build may remember
 * them by the article's digest and, when one article changes, read no other body (src/lib/content/site-index.ts).
 */
export interface ArticleTerms {
  terms: readonly string[];
  counts: readonly number[];
}

/** Gives an article's terms: `extract()`'s, or the same remembered from an earlier build. */
export type TermsOf = (article: RelatedInput, extract: () => ArticleTerms) => ArticleTerms;

/** Terms as one line of text, for a cache file: a long array of short strings is slow to read back as JSON. */
export function packTerms({ terms, counts }: ArticleTerms): string {
  return `${terms.join(' ')}\t${counts.join(' ')}`;
}

/** The terms `packTerms` wrote. Terms never hold a space or a tab: they are runs of letters and digits. */
export function unpackTerms(packed: string): ArticleTerms {
  const [terms = '', counts = ''] = packed.split('\t');
  return terms === ''
    ? { terms: [], counts: [] }
    : { terms: terms.split(' '), counts: counts.split(' ').map(Number) };
}

export interface RelatedOptions {
  /** How many related articles each article shows. */
  limit: number;
  /** Share of the tag score in the similarity (the text score has the rest), from 0 to 1. */
  tagWeight: number;
  /** Days apart at which the recency factor halves a score. */
  recencyDays: number;
  /** Terms kept per article's text vector (Lucene's More Like This keeps 25). */
  maxTerms: number;
  /**
   * Characters of the body read, from the start: a news piece says what it is about in its opening, and
   * reading every word of very long pieces would dominate the cost of a build.
   */
  maxBodyChars: number;
  /** How many times a title term counts. */
  titleWeight: number;
  /** How many times a dek term counts. */
  dekWeight: number;
  /**
   * How much of each tag's or term's posting list is read to find candidates, heaviest entries first. Lists
   * longer than this (a tag on thousands of articles) are where the cost of a naive approach goes quadratic.
   */
  maxPostings: number;
}

export const defaultRelatedOptions: Readonly<RelatedOptions> = {
  limit: 4,
  tagWeight: 0.5,
  recencyDays: 730,
  maxTerms: 32,
  maxBodyChars: 6000,
  titleWeight: 3,
  dekWeight: 2,
  maxPostings: 500,
};

/** One computed candidate with the parts of its score, for tests and for tuning. */
export interface ScoredCandidate {
  slug: string;
  score: number;
  tagScore: number;
  textScore: number;
  recency: number;
}

/** A sparse vector: parallel arrays of ids (ascending) and weights, L2-normalised. */
interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** id → the articles whose vector has it, heaviest first, with their weight. */
interface Postings {
  docs: Int32Array[];
  weights: Float64Array[];
}

const DAY_MS = 86_400_000;
const NO_TERM = -1;

/** The related-articles index of a corpus: built once, then asked for each article's candidates. */
export class RelatedIndex {
  readonly #articles: readonly RelatedInput[];
  readonly #options: RelatedOptions;
  readonly #bySlug: Map<string, number>;
  readonly #days: Float64Array;
  readonly #drafts: Uint8Array;
  readonly #tagVectors: SparseVector[];
  readonly #textVectors: SparseVector[];
  readonly #tagPostings: Postings;
  readonly #textPostings: Postings;
  // Scratch space reused for every article.
  readonly #textAcc: Float64Array;
  readonly #seen: Uint8Array;
  readonly #touched: Int32Array;
  readonly #ownTagWeight: Float64Array;

  /**
   * `termsOf`, when given, is asked for each article's terms with the function that extracts them: it may answer
   * with terms remembered from an earlier build (the article unchanged), and then the body is never read.
   */
  constructor(input: readonly RelatedInput[], options: Partial<RelatedOptions> = {}, termsOf?: TermsOf) {
    // In slug order, so that ids, and with them every floating-point sum, do not depend on the input order.
    const articles = [...input].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
    this.#articles = articles;
    this.#options = { ...defaultRelatedOptions, ...options };
    const n = articles.length;
    this.#bySlug = new Map(articles.map((a, i) => [a.slug, i]));
    if (this.#bySlug.size !== n) throw new Error('related: two articles share a slug');
    this.#days = Float64Array.from(articles, (a) => a.pubDate.getTime() / DAY_MS);
    this.#drafts = Uint8Array.from(articles, (a) => (a.draft ? 1 : 0));

    const tagIds = new Map<string, number>();
    const tagCounts = articles.map((a) => {
      const ids = Int32Array.from(new Set(a.tags.map((tag) => idOf(tagIds, tag)))).sort();
      return { ids, counts: new Float64Array(ids.length).fill(1) };
    });
    this.#tagVectors = tfIdfVectors(tagCounts, tagIds.size, Infinity);

    // Term ids in order of first appearance (articles in slug order): the same ids, and so the same ties between
    // equal weights, whether an article's terms were extracted now or remembered from an earlier build.
    const extractor = new TermExtractor();
    const { titleWeight, dekWeight, maxBodyChars } = this.#options;
    const extract = (a: RelatedInput) =>
      extractor.extract([
        [a.title, titleWeight],
        [a.description, dekWeight],
        [markdownProse(a.body.slice(0, maxBodyChars)), 1],
      ]);
    const termIds = new Map<string, number>();
    // Each article's counts by term id, to read them back in id order after a native sort of the ids.
    let byId = new Float64Array(1 << 16);
    const termCounts = articles.map((a) => {
      const { terms, counts } = termsOf ? termsOf(a, () => extract(a)) : extract(a);
      const ids = new Int32Array(terms.length);
      for (let k = 0; k < terms.length; k++) {
        const id = idOf(termIds, terms[k] ?? '');
        if (id >= byId.length) {
          const grown = new Float64Array(byId.length * 2);
          grown.set(byId);
          byId = grown;
        }
        ids[k] = id;
        byId[id] = counts[k] ?? 0;
      }
      ids.sort();
      return { ids, counts: Float64Array.from(ids, (id) => byId[id] ?? 0) };
    });
    this.#textVectors = tfIdfVectors(termCounts, termIds.size, this.#options.maxTerms);

    this.#tagPostings = invert(this.#tagVectors, tagIds.size);
    this.#textPostings = invert(this.#textVectors, termIds.size);
    this.#textAcc = new Float64Array(n);
    this.#seen = new Uint8Array(n);
    this.#touched = new Int32Array(n);
    this.#ownTagWeight = new Float64Array(tagIds.size);
  }

  /** The best `k` computed candidates for an article, best first (curated articles not treated apart). */
  candidates(slug: string, k: number = this.#options.limit): ScoredCandidate[] {
    const doc = this.#bySlug.get(slug);
    const tags = doc === undefined ? undefined : this.#tagVectors[doc];
    const text = doc === undefined ? undefined : this.#textVectors[doc];
    if (doc === undefined || !tags || !text) throw new Error(`related: unknown article "${slug}"`);
    const { tagWeight, recencyDays, maxPostings } = this.#options;

    // Candidates: articles sharing a term or a tag, read from the heaviest end of each posting list.
    const touched = this.#touched;
    let count = 0;
    const textAcc = this.#textAcc;
    const seen = this.#seen;
    for (let i = 0; i < text.ids.length; i++) {
      const id = text.ids[i] ?? 0;
      const weight = text.weights[i] ?? 0;
      const docs = this.#textPostings.docs[id] ?? EMPTY_IDS;
      const weights = this.#textPostings.weights[id] ?? EMPTY_WEIGHTS;
      const end = Math.min(docs.length, maxPostings);
      for (let j = 0; j < end; j++) {
        const other = docs[j] ?? 0;
        textAcc[other] = (textAcc[other] ?? 0) + weight * (weights[j] ?? 0);
        if (seen[other] === 0) {
          seen[other] = 1;
          touched[count++] = other;
        }
      }
    }
    for (const id of tags.ids) {
      const docs = this.#tagPostings.docs[id] ?? EMPTY_IDS;
      const end = Math.min(docs.length, maxPostings);
      for (let j = 0; j < end; j++) {
        const other = docs[j] ?? 0;
        if (seen[other] === 0) {
          seen[other] = 1;
          touched[count++] = other;
        }
      }
    }

    // The tag score is exact for every candidate: an article has at most a few tags.
    const own = this.#ownTagWeight;
    tags.ids.forEach((id, i) => (own[id] = tags.weights[i] ?? 0));
    const ownDay = this.#days[doc] ?? 0;
    const best: ScoredCandidate[] = [];
    // The score a candidate must reach to enter a full list; most candidates fall short and cost no allocation.
    let threshold = 0;
    for (let t = 0; t < count; t++) {
      const other = touched[t] ?? 0;
      const textScore = textAcc[other] ?? 0;
      textAcc[other] = 0;
      seen[other] = 0;
      if (other === doc || this.#drafts[other] === 1) continue;
      let tagScore = 0;
      const theirs = this.#tagVectors[other] ?? EMPTY_VECTOR;
      for (let i = 0; i < theirs.ids.length; i++) {
        tagScore += (own[theirs.ids[i] ?? 0] ?? 0) * (theirs.weights[i] ?? 0);
      }
      const recency = 1 / (1 + Math.abs((this.#days[other] ?? 0) - ownDay) / recencyDays);
      const score = (tagWeight * tagScore + (1 - tagWeight) * textScore) * recency;
      if (score <= 0 || score < threshold) continue;
      const slug = this.#articles[other]?.slug ?? '';
      insertTopK(best, { slug, score, tagScore, textScore, recency }, k, this);
      if (best.length === k) threshold = best[k - 1]?.score ?? 0;
    }
    tags.ids.forEach((id) => (own[id] = 0));
    return best;
  }

  /** Whether `a` ranks before `b` at equal score: newer first, then the slug alphabetically. */
  breaksTieBefore(a: ScoredCandidate, b: ScoredCandidate): boolean {
    const dayA = this.#days[this.#bySlug.get(a.slug) ?? 0] ?? 0;
    const dayB = this.#days[this.#bySlug.get(b.slug) ?? 0] ?? 0;
    return dayA !== dayB ? dayA > dayB : a.slug < b.slug;
  }

  /** The related list of one article: its curated articles first, in order, then the best computed ones. */
  relatedTo(slug: string): string[] {
    const doc = this.#bySlug.get(slug);
    const article = doc === undefined ? undefined : this.#articles[doc];
    if (!article) throw new Error(`related: unknown article "${slug}"`);
    const { limit } = this.#options;
    // A curated article that is not in this build (scheduled for later) is skipped until it is published.
    const curated = [...new Set(article.related)].filter((s) => s !== slug && this.#bySlug.has(s));
    const chosen = curated.slice(0, limit);
    if (chosen.length < limit) {
      for (const candidate of this.candidates(slug, limit + chosen.length)) {
        if (chosen.length === limit) break;
        if (!chosen.includes(candidate.slug)) chosen.push(candidate.slug);
      }
    }
    return chosen;
  }
}

/** Every article's related list (curated first, then computed), keyed by slug. */
export function relatedArticles(
  articles: readonly RelatedInput[],
  options: Partial<RelatedOptions> = {},
  termsOf?: TermsOf,
): Map<string, string[]> {
  const index = new RelatedIndex(articles, options, termsOf);
  return new Map(articles.map((a) => [a.slug, index.relatedTo(a.slug)]));
}

const EMPTY_IDS = new Int32Array(0);
const EMPTY_WEIGHTS = new Float64Array(0);
const EMPTY_VECTOR: SparseVector = { ids: EMPTY_IDS, weights: EMPTY_WEIGHTS };

function idOf(ids: Map<string, number>, key: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size;
    ids.set(key, id);
  }
  return id;
}

/** The terms of texts with their weighted counts; each distinct word is stemmed once for all the texts it reads. */
class TermExtractor {
  readonly #termIds = new Map<string, number>();
  readonly #terms: string[] = [];
  #counts = new Float64Array(1 << 16);
  // Later occurrences of a word are a hash-table probe (see word-ids.ts).
  readonly #words = new WordIds((word) => {
    const term = termOf(word);
    if (term === null) return NO_TERM;
    const known = this.#termIds.get(term);
    if (known !== undefined) return known;
    const id = this.#terms.length;
    this.#termIds.set(term, id);
    this.#terms.push(term);
    if (id >= this.#counts.length) {
      const grown = new Float64Array(this.#counts.length * 2);
      grown.set(this.#counts);
      this.#counts = grown;
    }
    return id;
  });

  /** The distinct terms of some weighted texts, in order of first appearance, with their weighted counts. */
  extract(texts: readonly (readonly [string, number])[]): ArticleTerms {
    const found: number[] = [];
    for (const [text, weight] of texts) {
      this.#words.forEachId(foldText(text), (id) => {
        if (id === NO_TERM) return;
        const counts = this.#counts;
        if (counts[id] === 0) found.push(id);
        counts[id] = (counts[id] ?? 0) + weight;
      });
    }
    const terms = found.map((id) => this.#terms[id] ?? '');
    const counts = found.map((id) => {
      const count = this.#counts[id] ?? 0;
      this.#counts[id] = 0;
      return count;
    });
    return { terms, counts };
  }
}

/**
 * TF-IDF vectors: weight = (1 + ln tf) · ln(N / df); only the `keep` heaviest ids of each document
 * (ties to the lower id); L2-normalised. An id on every document weighs 0 and is dropped.
 */
function tfIdfVectors(
  docs: readonly { ids: Int32Array; counts: Float64Array }[],
  size: number,
  keep: number,
): SparseVector[] {
  const df = new Int32Array(size);
  for (const { ids } of docs) for (const id of ids) df[id] = (df[id] ?? 0) + 1;
  const idf = Float64Array.from(df, (d) => Math.log(docs.length / d));
  return docs.map(({ ids, counts }) => {
    const weights = new Float64Array(ids.length);
    for (let k = 0; k < ids.length; k++)
      weights[k] = (1 + Math.log(counts[k] ?? 1)) * (idf[ids[k] ?? 0] ?? 0);
    // The keep-th heaviest weight, by a native numeric sort of a copy (a comparator sort is far slower).
    const sorted = weights.slice().sort();
    const floor = Math.max(Number.MIN_VALUE, sorted[sorted.length - keep] ?? 0);
    let atFloor = keep - sorted.filter((w) => w > floor).length;
    let norm = 0;
    const order: number[] = [];
    for (let k = 0; k < ids.length; k++) {
      const w = weights[k] ?? 0;
      // Every weight above the floor, and weights equal to it by ascending id until `keep` are taken.
      if (w > floor || (w === floor && atFloor-- > 0)) {
        order.push(k);
        norm += w * w;
      }
    }
    norm = Math.sqrt(norm);
    const vector = { ids: new Int32Array(order.length), weights: new Float64Array(order.length) };
    order.forEach((k, i) => {
      vector.ids[i] = ids[k] ?? 0;
      vector.weights[i] = (weights[k] ?? 0) / norm;
    });
    return vector;
  });
}

/** id → the documents whose vector has it, heaviest weight first (then lower document), with the weight. */
function invert(vectors: readonly SparseVector[], size: number): Postings {
  const lists: { doc: number; weight: number }[][] = Array.from({ length: size }, () => []);
  vectors.forEach((v, doc) => {
    v.ids.forEach((id, i) => {
      lists[id]?.push({ doc, weight: v.weights[i] ?? 0 });
    });
  });
  const docs: Int32Array[] = [];
  const weights: Float64Array[] = [];
  for (const list of lists) {
    list.sort((a, b) => b.weight - a.weight || a.doc - b.doc);
    docs.push(Int32Array.from(list, (p) => p.doc));
    weights.push(Float64Array.from(list, (p) => p.weight));
  }
  return { docs, weights };
}

/** Inserts into a best-first list kept at most `k` long. */
function insertTopK(best: ScoredCandidate[], item: ScoredCandidate, k: number, index: RelatedIndex): void {
  const before = (a: ScoredCandidate, b: ScoredCandidate) =>
    a.score !== b.score ? a.score > b.score : index.breaksTieBefore(a, b);
  if (best.length === k) {
    const last = best[k - 1];
    if (!last || !before(item, last)) return;
    best.pop();
  }
  let at = best.length;
  while (at > 0 && before(item, best[at - 1] as ScoredCandidate)) at--;
  best.splice(at, 0, item);
}
