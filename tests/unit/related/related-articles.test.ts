import { describe, expect, test } from 'vitest';
import {
  type ArticleTerms,
  packTerms,
  RelatedIndex,
  relatedArticles,
  type RelatedInput,
  unpackTerms,
} from '../../../src/lib/related/related-articles.ts';

/**
 * Small hand-built corpora whose expected rankings are worked out below. Titles and deks are the same on
 * every article ("Report", "Analysis"): a term on every article has idf ln(N/N) = 0 and drops out, so only
 * the terms and tags written in each case count.
 */
function article(slug: string, fields: Partial<RelatedInput> = {}): RelatedInput {
  return {
    slug,
    title: 'Report',
    description: 'Analysis',
    body: '',
    tags: [],
    pubDate: new Date('2024-01-10T00:00:00Z'),
    draft: false,
    related: [],
    ...fields,
  };
}

const day = (d: number) => new Date(Date.UTC(2024, 0, d));

/**
 * Tags only (tagWeight 1), same day. N = 4:
 *   a: common, rare     b: common, only-b     c: rare, only-c     d: common, only-d
 * df: common 3 → idf ln(4/3) = 0.2877; rare 2 → ln 2 = 0.6931; only-x 1 → ln 4 = 1.3863.
 *   |a| = √(0.2877² + 0.6931²) = 0.7505;  |b| = |d| = √(0.2877² + 1.3863²) = 1.4158;  |c| = √(0.6931² + 1.3863²) = 1.5499
 *   cos(a, c) = 0.6931² / (0.7505 · 1.5499) = 0.4805 / 1.1632 = 0.4130   (shares the rare tag)
 *   cos(a, b) = cos(a, d) = 0.2877² / (0.7505 · 1.4158) = 0.0828 / 1.0626 = 0.0779   (share the common tag)
 * So a's ranking is c, then b and d tied, and the tie goes to the slug first in the alphabet: c, b, d.
 */
const tagCorpus = [
  article('a', { tags: ['common', 'rare'] }),
  article('b', { tags: ['common', 'only-b'] }),
  article('c', { tags: ['rare', 'only-c'] }),
  article('d', { tags: ['common', 'only-d'] }),
];

/**
 * Text only (tagWeight 0), same day. Bodies, N = 4 (stems: tanker, pipelin, harbour):
 *   p: tanker tanker pipeline    q: tanker pipeline    r: pipeline harbour    s: harbour harbour
 * df: tanker 2 → idf 0.6931; pipeline 3 → 0.2877; harbour 2 → 0.6931. tf weight 1 + ln tf: tf 2 → 1.6931.
 *   p = (tanker 1.6931 · 0.6931 = 1.1735, pipeline 0.2877), |p| = 1.2083
 *   q = (tanker 0.6931, pipeline 0.2877), |q| = 0.7505;   r = (pipeline 0.2877, harbour 0.6931), |r| = 0.7505
 *   cos(p, q) = (1.1735 · 0.6931 + 0.2877²) / (1.2083 · 0.7505) = 0.8961 / 0.9068 = 0.9883
 *   cos(p, r) = 0.2877² / 0.9068 = 0.0913;  cos(p, s) = 0 (no term shared): s is never a candidate.
 */
const textCorpus = [
  article('p', { body: 'tanker tanker pipeline' }),
  article('q', { body: 'tanker pipeline' }),
  article('r', { body: 'pipeline harbour' }),
  article('s', { body: 'harbour harbour' }),
];

describe('RelatedIndex scores', () => {
  test('weights tags by IDF: a shared rare tag ranks above a shared common one', () => {
    const found = new RelatedIndex(tagCorpus, { tagWeight: 1 }).candidates('a');
    expect(found.map((c) => c.slug)).toEqual(['c', 'b', 'd']);
    expect(found[0]?.tagScore).toBeCloseTo(0.413, 3);
    expect(found[1]?.tagScore).toBeCloseTo(0.0779, 4);
    expect(found[2]?.tagScore).toBeCloseTo(0.0779, 4);
  });

  test('gives a tag carried by every article no weight', () => {
    const everywhere = tagCorpus.map((a) => ({ ...a, tags: [...a.tags, 'everywhere'] }));
    const found = new RelatedIndex(everywhere, { tagWeight: 1 }).candidates('a');
    expect(found.map((c) => c.tagScore)).toEqual(
      new RelatedIndex(tagCorpus, { tagWeight: 1 }).candidates('a').map((c) => c.tagScore),
    );
  });

  test('scores text by TF-IDF cosine, and an article sharing no term or tag is no candidate', () => {
    const found = new RelatedIndex(textCorpus, { tagWeight: 0 }).candidates('p');
    expect(found.map((c) => c.slug)).toEqual(['q', 'r']);
    expect(found[0]?.textScore).toBeCloseTo(0.9883, 3);
    expect(found[1]?.textScore).toBeCloseTo(0.0913, 3);
  });

  test('reads title and dek with their weights: a title word counts three times', () => {
    // The title adds "tanker" three times to q's count: tf 4 → 1 + ln 4 = 2.3863, q = (1.6540, 0.2877),
    // |q| = 1.6788, cos(p, q) = (1.1735 · 1.6540 + 0.0828) / (1.2083 · 1.6788) = 2.0238 / 2.0285 = 0.9977.
    const corpus = textCorpus.map((a) => (a.slug === 'q' ? { ...a, title: 'Report tanker' } : a));
    const found = new RelatedIndex(corpus, { tagWeight: 0 }).candidates('p');
    expect(found[0]?.textScore).toBeCloseTo(0.9977, 3);
  });

  test('combines tags and text with a gentle recency factor relative to the article’s own date', () => {
    // near and far are copies of o; other gives the shared tag and words an idf of ln(4/3) > 0.
    // Both cosines are 1, so score = recency: near is 10 days away: 1 / (1 + 10/730) = 0.9865;
    // far is 731 days away: 1 / (1 + 731/730) = 0.4997: two years halve a score, not more.
    const same = { tags: ['border'], body: 'tanker pipeline' };
    const found = new RelatedIndex([
      article('o', { ...same, pubDate: day(1) }),
      article('near', { ...same, pubDate: day(11) }),
      article('far', { ...same, pubDate: day(732) }),
      article('other', { tags: ['harbour'], body: 'harbour' }),
    ]).candidates('o');
    expect(found.map((c) => c.slug)).toEqual(['near', 'far']);
    expect(found[0]?.score).toBeCloseTo(0.9865, 3);
    expect(found[1]?.score).toBeCloseTo(0.4997, 3);
  });

  test('breaks a tie by the newer date first, then by slug', () => {
    // b and d tie on tags (0.0779) and are 5 days either side of a: equal recency, equal score.
    const corpus = tagCorpus.map((x) =>
      x.slug === 'b' ? { ...x, pubDate: day(5) } : x.slug === 'd' ? { ...x, pubDate: day(15) } : x,
    );
    const found = new RelatedIndex(corpus, { tagWeight: 1 }).candidates('a');
    expect(found[1]?.score).toBe(found[2]?.score);
    expect(found.map((c) => c.slug)).toEqual(['c', 'd', 'b']);
  });

  test('never proposes the article itself or a draft', () => {
    const twin = article('twin', { tags: ['common', 'rare'], draft: true });
    const found = new RelatedIndex([...tagCorpus, twin], { tagWeight: 1 }).candidates('a', 10);
    expect(found.map((c) => c.slug)).not.toContain('a');
    expect(found.map((c) => c.slug)).not.toContain('twin');
  });
});

describe('relatedArticles', () => {
  test('puts the curated articles first, in the editor’s order, then fills up with computed ones', () => {
    const corpus = tagCorpus.map((x) => (x.slug === 'a' ? { ...x, related: ['d', 'b'] } : x));
    expect(relatedArticles(corpus, { tagWeight: 1 }).get('a')).toEqual(['d', 'b', 'c']);
  });

  test('shows at most `limit` articles, curated ones included', () => {
    const corpus = tagCorpus.map((x) => (x.slug === 'a' ? { ...x, related: ['d'] } : x));
    expect(relatedArticles(corpus, { tagWeight: 1, limit: 2 }).get('a')).toEqual(['d', 'c']);
  });

  test('skips a curated article that is not in this build (scheduled for later)', () => {
    const corpus = tagCorpus.map((x) => (x.slug === 'a' ? { ...x, related: ['not-yet', 'd'] } : x));
    expect(relatedArticles(corpus, { tagWeight: 1 }).get('a')).toEqual(['d', 'c', 'b']);
  });

  test('gives the same lists whatever the order of the input', () => {
    const forward = relatedArticles([...tagCorpus, ...textCorpus]);
    const backward = relatedArticles([...tagCorpus, ...textCorpus].reverse());
    expect(Object.fromEntries(backward)).toEqual(Object.fromEntries(forward));
  });

  test('keeps only the heaviest terms of each article', () => {
    // p's heaviest term is tanker (1.1735 against pipeline's 0.2877): with maxTerms 1 its vector is tanker
    // alone, and r, which shares only pipeline with p, is no longer a candidate.
    const found = new RelatedIndex(textCorpus, { tagWeight: 0, maxTerms: 1 }).candidates('p');
    expect(found.map((c) => c.slug)).toEqual(['q']);
    expect(found[0]?.textScore).toBeGreaterThan(0.9);
  });

  test('reads only the start of long bodies', () => {
    // p's body starts "tanker"; with maxBodyChars 6 the rest of its body is not read, so it no longer
    // shares "pipeline" with r, and only q (which shares "tanker") is left.
    const found = new RelatedIndex(textCorpus, { tagWeight: 0, maxBodyChars: 6 }).candidates('p');
    expect(found.map((c) => c.slug)).toEqual(['q']);
  });

  test('reads long posting lists only to maxPostings, heaviest entries first', () => {
    // Every article shares the tag "wide" with h; all but h and z share no other tag. z also shares "wide"
    // and carries nothing else, so its tag vector is all "wide": it weighs most in that posting list and is
    // read first; with maxPostings 1 the other 30 articles are not candidates at all.
    const crowd = Array.from({ length: 30 }, (_, i) => article(`m${i}`, { tags: ['wide', `own-${i}`] }));
    const corpus = [
      article('h', { tags: ['wide', 'h-only'] }),
      article('z', { tags: ['wide'] }),
      ...crowd,
      article('outside', { tags: ['elsewhere'] }),
    ];
    const found = new RelatedIndex(corpus, { tagWeight: 1, maxPostings: 1 }).candidates('h', 40);
    expect(found.map((c) => c.slug)).toEqual(['z']);
    expect(new RelatedIndex(corpus, { tagWeight: 1 }).candidates('h', 40)).toHaveLength(31);
  });
});

describe('remembered terms', () => {
  /**
   * Bodies with many terms of equal weight: with maxTerms 3 each vector keeps three of them, chosen by term id
   * (first appearance in the corpus), so the lists depend on the ids coming out the same.
   */
  const words = [
    'tanker',
    'harbour',
    'pipeline',
    'strait',
    'convoy',
    'refinery',
    'drone',
    'border',
    'senate',
  ];
  const corpus = Array.from({ length: 12 }, (_, i) =>
    article(`art-${String(i).padStart(2, '0')}`, {
      title: `${words[i % 9] ?? ''} dispatch`,
      body: Array.from({ length: 6 }, (_, k) => words[(i * 2 + k) % 9]).join(' '),
      tags: [`tag-${String(i % 4)}`],
      pubDate: day(1 + i),
    }),
  );
  const options = { maxTerms: 3, limit: 5 };

  /** Every article's candidates with their scores, exactly. */
  const scores = (index: RelatedIndex) => corpus.map((a) => index.candidates(a.slug, 8));

  test('give the same scores as terms extracted again, and leave the bodies unread', () => {
    const remembered = new Map<string, string>();
    const fresh = new RelatedIndex(corpus, options, (a, extract) => {
      const terms = extract();
      remembered.set(a.slug, packTerms(terms));
      return terms;
    });
    // Every article but the fifth from the "cache"; the fifth's body is read, the others' never.
    let reads = 0;
    const unread = corpus.map((a, i) =>
      i === 4
        ? a
        : Object.defineProperty({ ...a }, 'body', {
            get: () => {
              reads++;
              return a.body;
            },
          }),
    );
    const warm = new RelatedIndex(unread, options, (a, extract) => {
      const packed = remembered.get(a.slug);
      return a.slug !== 'art-04' && packed !== undefined ? unpackTerms(packed) : extract();
    });
    expect(reads).toBe(0);
    expect(scores(warm)).toEqual(scores(fresh));
    expect(scores(fresh)).toEqual(scores(new RelatedIndex(corpus, options)));
  });

  test('are packed into one line and read back whole', () => {
    const terms: ArticleTerms = { terms: ['tanker', 'strait', 'convoi'], counts: [4, 1, 2] };
    expect(unpackTerms(packTerms(terms))).toEqual(terms);
    expect(unpackTerms(packTerms({ terms: [], counts: [] }))).toEqual({ terms: [], counts: [] });
  });
});
