/**
 * The project's performance budgets (issue "Quality gates and the performance benchmark"), checked against
 * the benchmark's figures: peak memory of the 10,000-article build, growth from 1,000 to 10,000 articles,
 * the share of the related-articles computation, and the time `npm run content:check` takes on 10,000 articles. A budget needs the sizes it speaks of; with other
 * sizes it is reported as not measured.
 */

export interface BuildFigures {
  articles: number;
  wallSeconds: number;
  peakRssMB: number;
  relatedShare: number | null;
  /** The content check of the whole corpus (src/lib/content/loaders/content-folder.ts), in seconds. */
  contentCheckSeconds: number;
}

export interface Verdict {
  budget: string;
  measured: string;
  met: boolean | null;
}

export const MEMORY_BUDGET_MB = 3 * 1024;
export const GROWTH_BUDGET = 11;
export const RELATED_SHARE_BUDGET = 0.05;
/** Editors run the check before every commit, and every build starts with it: it must stay quick. */
export const CONTENT_CHECK_BUDGET_SECONDS = 5;

export function checkBudgets(results: readonly BuildFigures[]): Verdict[] {
  const at = (n: number) => results.find((r) => r.articles === n);
  const small = at(1000);
  const large = at(10000);
  const growth = small && large ? large.wallSeconds / small.wallSeconds : undefined;
  return [
    {
      budget: `peak memory at 10,000 articles ≤ ${String(MEMORY_BUDGET_MB)} MB`,
      measured: large ? `${String(large.peakRssMB)} MB` : 'not measured',
      met: large ? large.peakRssMB <= MEMORY_BUDGET_MB : null,
    },
    {
      budget: `build time at 10,000 ≤ ${String(GROWTH_BUDGET)} × at 1,000`,
      measured: growth === undefined ? 'not measured' : `${growth.toFixed(1)} ×`,
      met: growth === undefined ? null : growth <= GROWTH_BUDGET,
    },
    {
      budget: `related articles ≤ ${String(RELATED_SHARE_BUDGET * 100)} % of the build at 10,000`,
      measured: large?.relatedShare == null ? 'not measured' : `${(large.relatedShare * 100).toFixed(1)} %`,
      met: large?.relatedShare == null ? null : large.relatedShare <= RELATED_SHARE_BUDGET,
    },
    {
      budget: `content:check of 10,000 articles ≤ ${String(CONTENT_CHECK_BUDGET_SECONDS)} s`,
      measured: large ? `${large.contentCheckSeconds.toFixed(1)} s` : 'not measured',
      met: large ? large.contentCheckSeconds <= CONTENT_CHECK_BUDGET_SECONDS : null,
    },
  ];
}
