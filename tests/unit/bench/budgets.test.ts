import { describe, expect, test } from 'vitest';
import { checkBudgets, type BuildFigures, type Rebuild } from '../../../bench/budgets.ts';

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
  test('all met: memory at the limit, growth under 11 ×, related under 5 %, content:check within 5 s, rebuilds', () => {
    const results: BuildFigures[] = [
      run(1000, 40, 1500, 0.01),
      run(5000, 200, 2500, 0.01, 1, rebuilds(0.15, 0.1)),
      run(10000, 400, 3072, 0.049, 5, rebuilds(0.12, 0.05)),
    ];
    expect(checkBudgets(results)).toEqual([
      { budget: 'peak memory at 10,000 articles ≤ 3072 MB', measured: '3072 MB', met: true },
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
    ]);
  });

  test('each one missed', () => {
    const verdicts = checkBudgets([
      run(1000, 40, 1500, 0.01),
      run(5000, 200, 2500, 0.01, 1, rebuilds(0.151, 0.101)),
      run(10000, 441, 3073, 0.051, 5.1, [rebuild('one article’s tags', 0.2), rebuild('no change', 0.11)]),
    ]);
    expect(verdicts.map((v) => v.met)).toEqual([false, false, false, false, false, false, false, false]);
    expect(verdicts.slice(0, 4).map((v) => v.measured)).toEqual(['3073 MB', '11.0 ×', '5.1 %', '5.1 s']);
  });

  test('sizes not run are reported as not measured, not as met', () => {
    expect(checkBudgets([run(1000, 200, 2000, 0.01)]).map((v) => [v.measured, v.met])).toEqual(
      Array.from({ length: 8 }, () => ['not measured', null]),
    );
  });
});
