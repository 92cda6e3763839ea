/**
 * The project's performance budgets, checked against the benchmark's figures: peak memory of the 10,000-article
 * build, growth from 1,000 to 10,000 articles, the share of the related-articles computation, the time
 * `npm run content:check` takes on 10,000 articles, and the publishing budgets at 5,000 and 10,000 articles: a
 * rebuild after a one-article edit (a word of its body, or its tags) within 0.15 × the cold build, after no change
 * within 0.10 ×. A budget needs the sizes it speaks of; with other sizes it is reported as not measured.
 */

/** A rebuild with every cache kept, after an edit. */
export interface Rebuild {
  kind: 'no change' | 'one word of one article' | 'one article’s tags' | 'a new article';
  wallSeconds: number;
  /** Its wall time over the cold build's. */
  shareOfCold: number;
  pagesRendered: number;
  searchShardsIndexed: number | null;
  /** The 1-minute load average before and after. */
  load: [number, number];
}

export interface BuildFigures {
  articles: number;
  wallSeconds: number;
  peakRssMB: number;
  relatedShare: number | null;
  /** The content check of the whole corpus (src/lib/content/loaders/content-folder.ts), in seconds. */
  contentCheckSeconds: number;
  rebuilds: readonly Rebuild[];
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
/** A one-article edit live within this share of a cold build, and a rebuild of nothing within the other. */
export const EDIT_REBUILD_BUDGET = 0.15;
export const NO_CHANGE_REBUILD_BUDGET = 0.1;
/** The sizes the publishing budgets apply to. */
const PUBLISHING_SIZES = [5000, 10000];

/** The verdict on the rebuilds of `kinds` at `size`: each within `budget` × the cold build. */
function rebuildVerdict(
  result: BuildFigures | undefined,
  size: number,
  kinds: readonly Rebuild['kind'][],
  budget: number,
): Verdict {
  const what =
    kinds.length === 1 && kinds[0] === 'no change' ? 'no-change rebuild' : 'one-article edit rebuild';
  const rebuilds = result?.rebuilds.filter((r) => kinds.includes(r.kind)) ?? [];
  return {
    budget: `${what} at ${size.toLocaleString('en-GB')} ≤ ${String(budget)} × cold`,
    measured:
      rebuilds.length === 0
        ? 'not measured'
        : rebuilds.map((r) => `${r.kind}: ${r.shareOfCold.toFixed(3)} ×`).join(', '),
    met: rebuilds.length === 0 ? null : rebuilds.every((r) => r.shareOfCold <= budget),
  };
}

/** Each budget with what was measured and whether it was met (null: not measured). */
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
    ...PUBLISHING_SIZES.flatMap((size) => [
      rebuildVerdict(at(size), size, ['one word of one article', 'one article’s tags'], EDIT_REBUILD_BUDGET),
      rebuildVerdict(at(size), size, ['no change'], NO_CHANGE_REBUILD_BUDGET),
    ]),
  ];
}
