import { describe, expect, test } from 'vitest';
import {
  checkBudgets,
  median,
  medianOfRounds,
  type BuildFigures,
  type Rebuild,
} from '../../../bench/budgets.ts';

const rebuild = (kind: Rebuild['kind'], shareOfCold: number): Rebuild => ({
  kind,
  wallSeconds: shareOfCold * 100,
  shareOfCold,
  pagesRendered: 1,
  searchShardsIndexed: 1,
  load: [1, 1],
});
const rebuilds = (edit: number, noChange: number) => [
  rebuild('no change', noChange),
  rebuild('one word of one article', edit),
  rebuild('one article’s tags', edit),
  rebuild('a new article', 0.5),
];
const run = (
  articles: number,
  wallSeconds: number,
  peakRssMB: number,
  relatedShare: number | null,
  contentCheckSeconds = 0.5,
  rebuildsOf: readonly Rebuild[] = [],
): BuildFigures => ({
  articles,
  wallSeconds,
  peakRssMB,
  relatedShare,
  contentCheckSeconds,
  rebuilds: rebuildsOf,
});

describe('benchmark budgets', () => {
  test('all met: memory at the limit, growth under 11 ×, related under 5 %, content:check within 5 s, rebuilds, blog', () => {
    const results: BuildFigures[] = [
      run(1000, 40, 1500, 0.01),
      { ...run(5000, 200, 2500, 0.01, 1, rebuilds(0.15, 0.1)), baseline: { wallSeconds: 100 } },
      run(10000, 400, 2861, 0.049, 5, rebuilds(0.12, 0.05)),
    ];
    expect(checkBudgets(results)).toEqual([
      { budget: 'peak memory at 10,000 articles ≤ 3 GB (2861 MiB)', measured: '2861 MiB', met: true },
      { budget: 'build time at 10,000 ≤ 11 × at 1,000', measured: '10.0 ×', met: true },
      { budget: 'related articles ≤ 5 % of the build at 10,000', measured: '4.9 %', met: true },
      { budget: 'content:check of 10,000 articles ≤ 5 s', measured: '5.0 s', met: true },
      {
        budget: 'one-article edit rebuild at 5,000 ≤ 0.15 × cold',
        measured: 'one word of one article: 0.150 ×, one article’s tags: 0.150 ×',
        met: true,
      },
      { budget: 'no-change rebuild at 5,000 ≤ 0.1 × cold', measured: 'no change: 0.100 ×', met: true },
      {
        budget: 'one-article edit rebuild at 10,000 ≤ 0.15 × cold',
        measured: 'one word of one article: 0.120 ×, one article’s tags: 0.120 ×',
        met: true,
      },
      { budget: 'no-change rebuild at 10,000 ≤ 0.1 × cold', measured: 'no change: 0.050 ×', met: true },
      {
        budget: 'cold build at 5,000 ≤ 2 × the minimal blog’s cold build',
        measured: '200.0 s = 2.00 × the blog’s 100.0 s (measured side by side)',
        met: true,
      },
      {
        budget: 'one-article edit rebuild at 5,000 ≤ 0.5 × the minimal blog’s cold build',
        measured:
          'one word of one article: 15.0 s = 0.15 ×, one article’s tags: 15.0 s = 0.15 × the blog’s 100.0 s (measured side by side)',
        met: true,
      },
    ]);
  });

  test('each one missed', () => {
    const verdicts = checkBudgets([
      run(1000, 40, 1500, 0.01),
      // The blog's 20 s: the cold build is 10 × it, the edits (15.1 s) are 0.76 × it.
      { ...run(5000, 200, 2500, 0.01, 1, rebuilds(0.151, 0.101)), baseline: { wallSeconds: 20 } },
      run(10000, 441, 2862, 0.051, 5.1, [rebuild('one article’s tags', 0.2), rebuild('no change', 0.11)]),
    ]);
    expect(verdicts.map((v) => v.met)).toEqual(Array.from({ length: 10 }, () => false));
    expect(verdicts.slice(0, 4).map((v) => v.measured)).toEqual(['2862 MiB', '11.0 ×', '5.1 %', '5.1 s']);
  });

  test('sizes not run are reported as not measured, not as met', () => {
    expect(checkBudgets([run(1000, 200, 2000, 0.01)]).map((v) => [v.measured, v.met])).toEqual(
      Array.from({ length: 10 }, () => ['not measured', null]),
    );
  });
});

describe('budgets relative to the minimal blog', () => {
  const edits = (body: number, tags: number): Rebuild[] => [
    { ...rebuild('no change', 0.05), wallSeconds: 5 },
    { ...rebuild('one word of one article', 0.1), wallSeconds: body },
    { ...rebuild('one article’s tags', 0.1), wallSeconds: tags },
    { ...rebuild('a new article', 0.5), wallSeconds: 100 },
  ];
  const at5000 = (wallSeconds: number, rebuildsOf: Rebuild[], blogSeconds?: number): BuildFigures => ({
    ...run(5000, wallSeconds, 2000, 0.01, 1, rebuildsOf),
    ...(blogSeconds !== undefined && { baseline: { wallSeconds: blogSeconds } }),
  });
  const blogVerdicts = (result: BuildFigures) => checkBudgets([result]).slice(-2);

  test('the blog measured side by side is used, not the issue’s figure: met at exactly 2 × and 0.5 ×', () => {
    // 120 s would miss 2 × the 49.7 s; 30 s would miss half of it.
    expect(blogVerdicts(at5000(120, edits(30, 30), 60))).toEqual([
      {
        budget: 'cold build at 5,000 ≤ 2 × the minimal blog’s cold build',
        measured: '120.0 s = 2.00 × the blog’s 60.0 s (measured side by side)',
        met: true,
      },
      {
        budget: 'one-article edit rebuild at 5,000 ≤ 0.5 × the minimal blog’s cold build',
        measured:
          'one word of one article: 30.0 s = 0.50 ×, one article’s tags: 30.0 s = 0.50 × the blog’s 60.0 s (measured side by side)',
        met: true,
      },
    ]);
  });

  test('missed when the cold build is over 2 × the blog’s, or either edit over half of it', () => {
    expect(blogVerdicts(at5000(121, edits(20, 31), 60)).map((v) => v.met)).toEqual([false, false]);
    expect(blogVerdicts(at5000(100, edits(31, 20), 60)).map((v) => v.met)).toEqual([true, false]);
  });

  test('without a baseline the issue’s 49.7 s is used, and the verdict says so', () => {
    const [cold, edit] = blogVerdicts(at5000(99.4, edits(24.85, 24.9)));
    expect(cold?.met).toBe(true);
    expect(cold?.measured).toContain(
      '49.7 s (the issue’s figure on an idle machine, not measured side by side)',
    );
    expect(edit?.met).toBe(false);
  });

  test('a baseline at another size does not stand in for the one at 5,000', () => {
    const verdicts = checkBudgets([
      { ...run(1000, 40, 1500, 0.01, 0.5, edits(1, 1)), baseline: { wallSeconds: 10 } },
    ]).slice(-2);
    expect(verdicts.map((v) => [v.measured, v.met])).toEqual([
      ['not measured', null],
      ['not measured', null],
    ]);
  });
});

describe('several rounds of a size', () => {
  const round5000 = (cold: number, blog: number, edit: number, noChange: number): BuildFigures => ({
    ...run(5000, cold, 2000, 0.02, 1, rebuilds(edit, noChange)),
    baseline: { wallSeconds: blog },
  });
  // Alone, the first round misses the blog budget (2.18 ×) and the edit budget (0.16 ×); the third misses no change.
  const r1 = round5000(120, 55, 0.16, 0.09);
  const r2 = round5000(110, 56, 0.14, 0.08);
  const r3 = round5000(105, 60, 0.13, 0.11);
  const rounds = [r1, r2, r3];

  test('the median of an odd or even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(/no values/);
  });

  test('give one figure per size: medians of times and shares, the highest peak memory', () => {
    const [at5000, at10000] = medianOfRounds([
      r1,
      run(10000, 400, 3000, 0.03),
      r2,
      run(10000, 420, 3100, 0.05),
      r3,
    ]);
    expect(at5000).toMatchObject({
      articles: 5000,
      rounds: 3,
      wallSeconds: 110,
      baseline: { wallSeconds: 56 },
    });
    expect(at5000?.rebuilds.map((r) => [r.kind, r.shareOfCold])).toEqual([
      ['no change', 0.09],
      ['one word of one article', 0.14],
      ['one article’s tags', 0.14],
      ['a new article', 0.5],
    ]);
    expect(at10000).toMatchObject({
      articles: 10000,
      rounds: 2,
      wallSeconds: 410,
      peakRssMB: 3100,
      relatedShare: 0.04,
    });
  });

  test('are judged on the medians, and the verdicts say so', () => {
    const verdicts = checkBudgets(rounds);
    const byBudget = new Map(verdicts.map((v) => [v.budget, v]));
    expect(byBudget.get('cold build at 5,000 ≤ 2 × the minimal blog’s cold build')).toEqual({
      budget: 'cold build at 5,000 ≤ 2 × the minimal blog’s cold build',
      measured:
        '110.0 s = 1.96 × the blog’s 56.0 s (measured side by side) [medians; peak memory the highest; 5,000: 3 rounds]',
      met: true,
    });
    expect(byBudget.get('one-article edit rebuild at 5,000 ≤ 0.15 × cold')?.met).toBe(true);
    expect(byBudget.get('no-change rebuild at 5,000 ≤ 0.1 × cold')?.met).toBe(true);
    // A size not measured says only that.
    expect(byBudget.get('no-change rebuild at 10,000 ≤ 0.1 × cold')?.measured).toBe('not measured');
  });

  test('a rebuild kind missing from one round is not judged on the others', () => {
    const partial = { ...r2, rebuilds: r2.rebuilds.filter((r) => r.kind !== 'no change') };
    const [at5000] = medianOfRounds([r1, partial, r3]);
    expect(at5000?.rebuilds.map((r) => r.kind)).not.toContain('no change');
  });
});
