import { describe, expect, test } from 'vitest';
import { checkBudgets, type BuildFigures } from '../../../bench/budgets.ts';

const run = (
  articles: number,
  wallSeconds: number,
  peakRssMB: number,
  relatedShare: number | null,
  contentCheckSeconds = 0.5,
): BuildFigures => ({ articles, wallSeconds, peakRssMB, relatedShare, contentCheckSeconds });

describe('benchmark budgets', () => {
  test('all met: memory at the limit, growth under 11 ×, related under 5 %, content:check within 5 s', () => {
    const results: BuildFigures[] = [run(1000, 40, 1500, 0.01), run(10000, 400, 3072, 0.049, 5)];
    expect(checkBudgets(results)).toEqual([
      { budget: 'peak memory at 10,000 articles ≤ 3072 MB', measured: '3072 MB', met: true },
      { budget: 'build time at 10,000 ≤ 11 × at 1,000', measured: '10.0 ×', met: true },
      { budget: 'related articles ≤ 5 % of the build at 10,000', measured: '4.9 %', met: true },
      { budget: 'content:check of 10,000 articles ≤ 5 s', measured: '5.0 s', met: true },
    ]);
  });

  test('each one missed', () => {
    const verdicts = checkBudgets([run(1000, 40, 1500, 0.01), run(10000, 441, 3073, 0.051, 5.1)]);
    expect(verdicts.map((v) => [v.measured, v.met])).toEqual([
      ['3073 MB', false],
      ['11.0 ×', false],
      ['5.1 %', false],
      ['5.1 s', false],
    ]);
  });

  test('sizes not run are reported as not measured, not as met', () => {
    expect(checkBudgets([run(5000, 200, 2000, 0.01)]).map((v) => [v.measured, v.met])).toEqual([
      ['not measured', null],
      ['not measured', null],
      ['not measured', null],
      ['not measured', null],
    ]);
  });
});
