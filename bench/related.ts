/**
 * Benchmark of the related-articles engine (src/lib/related/related-articles.ts) on synthetic corpora (bench/corpus.ts).
 *
 *   npm run bench:related -- --articles 1000,10000 [--runs 3] [--seed 1]
 *
 * Each size runs in its own Node process, so that memory figures are not mixed up between sizes: the corpus
 * is generated first (not timed), then every article's related list is computed `runs` times. It reports the
 * median wall time and CPU time of one computation and the process's peak resident memory (corpus included, so
 * it is an upper bound for the engine), writes bench/results/related.json, and exits 1 when 10,000 articles
 * or fewer break the budget (5 s, 1 GB). The budget is judged on CPU time, which other work on a shared
 * machine does not inflate the way it does wall time; the load average is recorded beside the figures.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { relatedArticles, type RelatedInput } from '../src/lib/related/related-articles.ts';
import { generateCorpus } from './corpus.ts';

const BUDGET = { articles: 10_000, seconds: 5, megabytes: 1024 };

interface Result {
  articles: number;
  runs: number;
  /** Median wall time of one full computation, in seconds. */
  seconds: number;
  secondsPerRun: number[];
  /** Median CPU time (user + system) of one full computation, in seconds. */
  cpuSeconds: number;
  cpuSecondsPerRun: number[];
  /** Peak resident memory of the whole process (corpus included), in MB. */
  peakRssMB: number;
  /** Resident memory before the first computation (corpus generated), in MB. */
  baseRssMB: number;
  /** Mean computed related articles per article. */
  relatedPerArticle: number;
}

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000,10000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    child: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const seed = Number(values.seed);
const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

function measure(count: number): Result {
  const corpus = generateCorpus({ articles: count, seed });
  const inputs: RelatedInput[] = corpus.articles.map((a) => ({ slug: a.slug, body: a.body, ...a.data }));
  const baseRss = process.memoryUsage().rss;
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let related = new Map<string, string[]>();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    related = relatedArticles(inputs);
    const cpu = process.cpuUsage(cpuStart);
    times.push((performance.now() - start) / 1000);
    cpuTimes.push((cpu.user + cpu.system) / 1e6);
  }
  let total = 0;
  for (const list of related.values()) total += list.length;
  return {
    articles: count,
    runs,
    seconds: round(median(times)),
    secondsPerRun: times.map(round),
    cpuSeconds: round(median(cpuTimes)),
    cpuSecondsPerRun: cpuTimes.map(round),
    // maxRSS is in kilobytes.
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    baseRssMB: megabytes(baseRss),
    relatedPerArticle: round(total / count),
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

if (values.child) {
  process.stdout.write(JSON.stringify(measure(Number(values.articles))));
} else {
  const sizes = values.articles.split(',').map(Number);
  const results: Result[] = [];
  for (const size of sizes) {
    const out = execFileSync(
      process.execPath,
      [
        import.meta.filename,
        '--child',
        '--articles',
        String(size),
        '--runs',
        String(runs),
        '--seed',
        String(seed),
      ],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    const result = JSON.parse(out) as Result;
    results.push(result);
    console.log(
      `${String(size).padStart(6)} articles: ${result.cpuSeconds.toFixed(2)} s CPU, ${result.seconds.toFixed(2)} s wall (medians of ${runs}), peak RSS ${result.peakRssMB} MB (${result.baseRssMB} MB before computing)`,
    );
  }
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    /** 1-minute load average when the runs ended: above the core count, other work shared the CPU. */
    loadAverage: round(loadavg()[0] ?? 0),
  };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(
    'bench/results/related.json',
    `${JSON.stringify({ date: new Date().toISOString(), machine, seed, budget: BUDGET, results }, null, 2)}\n`,
  );
  console.log('Written to bench/results/related.json');
  const over = results.filter(
    (r) => r.articles <= BUDGET.articles && (r.cpuSeconds > BUDGET.seconds || r.peakRssMB > BUDGET.megabytes),
  );
  if (over.length > 0) {
    console.error(
      `Over budget (${BUDGET.seconds} s CPU, ${BUDGET.megabytes} MB): ${over.map((r) => r.articles).join(', ')} articles`,
    );
    process.exit(1);
  }
}
