/**
 * `npm run bench -- --articles 1000,5000,10000`: measures what publishing costs on generated sites of those sizes.
 *
 * For each size it writes a seeded synthetic corpus (bench/corpus.ts) into a temporary folder and builds it
 * (`npm run build` with DISPATCH_CONTENT_DIR, its own DISPATCH_CACHE_DIR and --outDir, DISPATCH_BUILD_DATE fixed):
 * - cold: no build cache, no Node compile cache (TMPDIR of its own) and no Vite cache, as a first build or a CI run
 *   without a cache; wall time, CPU time and peak memory of the whole process tree, and the phases (content sync,
 *   page generation, share cards, search index) read from the build's log (bench/build-log.ts);
 * - then warm, every cache kept, after each edit a newsroom makes (bench/edits.ts): nothing changed, one word of
 *   one article's body, one article's tags, a new article; each as wall time and as a share of the cold build.
 * It also reports the content check's time, the related-articles computation, the size of dist/ and the article
 * page's weight, and the 1-minute load average of the machine around every build (other work on the machine
 * slows a build down: read the figures with it). Results go to bench/results/build-<time>.json and
 * build-latest.json, a table to the terminal, and the budgets of bench/budgets.ts are checked.
 *
 * With --baseline it also builds the minimal Astro blog of issue #14 (bench/minimal-blog: Sätteri, one page per post,
 * index, RSS, sitemap) on the same corpus, cold and measured the same way, right after Dispatch's cold build; the
 * budgets relative to that blog then use its measured figure.
 *
 * With --rounds <n> each size is measured n times over, each round from a fresh corpus and empty caches (the blog
 * built right after Dispatch in each round); the budgets are then checked on each size's medians
 * (bench/budgets.ts: medianOfRounds), which the terminal and the JSON file also give.
 *
 * Options: --articles <n,n,…> (default 1000), --rounds <n> (default 1), --seed <n> (default 1), --keep (keep the
 * temporary folders), --markdown (also time the Markdown pipeline alone and Astro's Sätteri in this process:
 * bench/markdown-cost.ts), --baseline (also build the minimal blog).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { checkContentDir } from '../src/lib/content/loaders/content-folder.ts';
import { buildPhases, type BuildPhases } from './build-log.ts';
import {
  checkBudgets,
  medianOfRounds,
  round,
  type Baseline,
  type BuildFigures,
  type Rebuild,
} from './budgets.ts';
import { generateCorpus, writeCorpus } from './corpus.ts';
import { addArticle, changeTags, editBody } from './edits.ts';
import { measureMarkdown } from './markdown-cost.ts';
import { measured, type Measured } from './process-tree.ts';

interface SizeResult extends BuildFigures {
  /** Which round of its size (1 unless --rounds). */
  round: number;
  articlesPerSecond: number;
  cpuSeconds: number;
  distMB: number;
  pages: number;
  relatedShare: number | null;
  phases: BuildPhases;
  load: [number, number];
  articlePageGzipKB: number;
  markdown?: { unifiedSeconds: number; satteriSeconds: number };
  baseline?: BaselineResult;
}

/** The minimal blog's cold build of the same corpus. */
interface BaselineResult extends Baseline {
  cpuSeconds: number;
  peakRssMB: number;
  pages: number;
  /** Content sync and page generation, read from its log as Dispatch's are. */
  contentSync: number | null;
  pageGeneration: number | null;
  load: [number, number];
}

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    markdown: { type: 'boolean', default: false },
    baseline: { type: 'boolean', default: false },
  },
});
const sizes = values.articles.split(',').map((n) => Number(n.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(
    `--articles: expected whole numbers separated by commas, e.g. 1000,5000,10000; got "${values.articles}"`,
  );
  process.exit(2);
}
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error(`--rounds: expected a whole number above 0, e.g. 3; got "${values.rounds}"`);
  process.exit(2);
}
const seed = Number(values.seed);
const BUILD_DATE = '2024-07-01';

/** Total size in bytes and number of HTML files of a folder. */
function folderSize(dir: string): { bytes: number; pages: number } {
  let bytes = 0;
  let pages = 0;
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stats = statSync(join(dir, file));
    if (stats.isFile()) {
      bytes += stats.size;
      if (file.endsWith('.html')) pages++;
    }
  }
  return { bytes, pages };
}

/** gzip size of an article page's HTML plus the CSS and JS files it links to (inline CSS is in the HTML). */
function pageWeight(dist: string, page: string): number {
  const html = readFileSync(join(dist, page));
  let bytes = gzipSync(html, { level: 9 }).length;
  for (const match of html
    .toString()
    .matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"/g)) {
    const asset = match[1] ?? '';
    if (asset.startsWith('/')) bytes += gzipSync(readFileSync(join(dist, asset)), { level: 9 }).length;
  }
  return bytes;
}

/** The minimal blog of issue #14, an Astro project of its own, built with this project's node_modules. */
const BLOG_ROOT = 'bench/minimal-blog';

/** Exits the benchmark with the end of a failed build's output. */
function failed(run: Measured, what: string): never {
  console.error(run.output.slice(-4000));
  console.error(`${what} failed.`);
  process.exit(1);
}

/**
 * One `npm run build` of `content` into `dist`, with the cache at `cache`; its output is kept in `log` (read it with
 * --keep); exits the benchmark if it fails.
 */
async function build(
  content: string,
  dist: string,
  cache: string,
  tmp: string,
  log: string,
): Promise<Measured> {
  mkdirSync(tmp, { recursive: true });
  const run = await measured('npm', ['run', '--silent', 'build', '--', '--outDir', dist], {
    DISPATCH_CONTENT_DIR: content,
    DISPATCH_CACHE_DIR: cache,
    DISPATCH_BUILD_DATE: BUILD_DATE,
    DISPATCH_TIMINGS: '1',
    // Node's compile cache lives in TMPDIR (Astro's launcher turns it on): a cold build starts without one.
    TMPDIR: tmp,
  });
  writeFileSync(log, run.output);
  if (run.status !== 0) failed(run, `A build of ${content}`);
  return run;
}

/**
 * A cold build of the minimal blog on `content` into `dist`, as Dispatch's cold build: a build cache, Node compile
 * cache (TMPDIR) and Vite cache of none; through npm, as `npm run build` is. Its output is kept in `log`.
 */
async function buildBaseline(content: string, dist: string, work: string, log: string): Promise<Measured> {
  const tmp = join(work, 'tmp-baseline');
  mkdirSync(tmp, { recursive: true });
  // Vite's dependency cache goes to node_modules/.vite under the blog's root; the project's stays, for the rebuilds.
  rmSync(join(BLOG_ROOT, 'node_modules/.vite'), { recursive: true, force: true });
  const run = await measured('npm', ['exec', '--', 'astro', 'build', '--root', BLOG_ROOT, '--outDir', dist], {
    DISPATCH_CONTENT_DIR: content,
    DISPATCH_CACHE_DIR: join(work, 'cache-baseline'),
    TMPDIR: tmp,
  });
  writeFileSync(log, run.output);
  if (run.status !== 0) failed(run, `The minimal blog's build of ${content}`);
  return run;
}

const results: SizeResult[] = [];
for (const [count, roundOfSize] of sizes.flatMap((n) =>
  Array.from({ length: rounds }, (_, i): [number, number] => [n, i + 1]),
)) {
  const work = mkdtempSync(join(tmpdir(), `dispatch-bench-${String(count)}-`));
  if (rounds > 1)
    console.log(`\n${String(count)} articles: round ${String(roundOfSize)} of ${String(rounds)}`);
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  const cache = join(work, 'cache');
  console.log(`\n${String(count)} articles: writing the corpus to ${content}`);
  const corpus = generateCorpus({ articles: count, seed });
  writeCorpus(corpus, content);

  console.log(`${String(count)} articles: checking the content`);
  const checkStarted = performance.now();
  const { problems } = checkContentDir(content);
  const contentCheckSeconds = (performance.now() - checkStarted) / 1000;
  if (problems.length > 0) {
    console.error(
      `The generated corpus has ${String(problems.length)} content problems; the first: ${problems[0]?.message ?? ''}`,
    );
    process.exit(1);
  }
  const markdown = values.markdown ? await measureMarkdown(corpus.articles.map((a) => a.body)) : undefined;

  console.log(`${String(count)} articles: building cold`);
  // Every build also writes Vite's dependency cache into node_modules/.vite, whatever the cache folder.
  rmSync('node_modules/.vite', { recursive: true, force: true });
  const cold = await build(content, dist, cache, join(work, 'tmp-cold'), join(work, 'cold.log'));
  const phases = buildPhases(cold.output);
  const { bytes, pages } = folderSize(dist);
  const firstArticle = readdirSync(join(dist, 'articles'))[0] ?? '';
  const articlePageGzipKB = round(pageWeight(dist, join('articles', firstArticle, 'index.html')) / 1024, 1);

  let baseline: BaselineResult | undefined;
  if (values.baseline) {
    // Before the edits below change the corpus.
    console.log(`${String(count)} articles: building the minimal blog cold`);
    const blogDist = join(work, 'dist-baseline');
    const blog = await buildBaseline(content, blogDist, work, join(work, 'baseline.log'));
    const blogPhases = buildPhases(blog.output);
    baseline = {
      wallSeconds: round(blog.seconds, 1),
      cpuSeconds: round(blog.cpuSeconds, 1),
      peakRssMB: round(blog.peakRss / 2 ** 20, 0),
      pages: folderSize(blogDist).pages,
      contentSync: blogPhases.contentSync,
      pageGeneration: blogPhases.pageGeneration,
      load: blog.load,
    };
  }

  const rebuilds: Rebuild[] = [];
  const newest = corpus.articles.reduce((a, b) => (a.data.pubDate > b.data.pubDate ? a : b)).data.pubDate;
  const edits: [Rebuild['kind'], () => string | undefined][] = [
    ['no change', () => undefined],
    ['one word of one article', () => editBody(content)],
    ['one article’s tags', () => changeTags(content)],
    ['a new article', () => addArticle(content, new Date(newest.getTime() + 3_600_000).toISOString())],
  ];
  for (const [kind, edit] of edits) {
    const article = edit();
    console.log(`${String(count)} articles: rebuilding warm after ${kind}${article ? ` (${article})` : ''}`);
    // The same TMPDIR as before: a machine that keeps its build cache keeps Node's compile cache too.
    const warm = await build(
      content,
      dist,
      cache,
      join(work, 'tmp-warm'),
      join(work, `${kind.replace(/\W+/g, '-')}.log`),
    );
    const warmPhases = buildPhases(warm.output);
    rebuilds.push({
      kind,
      wallSeconds: round(warm.seconds, 1),
      shareOfCold: round(warm.seconds / cold.seconds, 3),
      pagesRendered: warmPhases.pagesRendered,
      searchShardsIndexed: warmPhases.searchShardsIndexed,
      load: warm.load,
    });
  }

  results.push({
    articles: count,
    round: roundOfSize,
    wallSeconds: round(cold.seconds, 1),
    cpuSeconds: round(cold.cpuSeconds, 1),
    articlesPerSecond: round(count / cold.seconds, 0),
    peakRssMB: round(cold.peakRss / 2 ** 20, 0),
    distMB: round(bytes / 2 ** 20, 1),
    pages,
    relatedShare: phases.related === null ? null : round(phases.related / cold.seconds, 3),
    contentCheckSeconds: round(contentCheckSeconds, 2),
    phases,
    load: cold.load,
    articlePageGzipKB,
    rebuilds,
    ...(markdown && {
      markdown: { unifiedSeconds: round(markdown.unified, 1), satteriSeconds: round(markdown.satteri, 1) },
    }),
    ...(baseline && { baseline }),
  });
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}

const machine = `${String(cpus().length)} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${String(Math.round(totalmem() / 2 ** 30))} GiB, Node ${process.version}`;
console.log(`\nDispatch build benchmark (${machine})\n`);
const seconds = (value: number | null) => (value === null ? '–' : value.toFixed(1));
console.table(
  results.map((r) => ({
    articles: r.articles,
    ...(rounds > 1 && { round: r.round }),
    'cold (s)': r.wallSeconds,
    'CPU (s)': r.cpuSeconds,
    'peak RSS (MB)': r.peakRssMB,
    'content sync': seconds(r.phases.contentSync),
    'page generation': seconds(r.phases.pageGeneration),
    'share cards': seconds(r.phases.shareCards),
    'search index': seconds(r.phases.searchIndex),
    load: r.load.join(' → '),
  })),
);
const blogRows = results.flatMap((r) => {
  const { articles, wallSeconds, cpuSeconds, baseline: blog } = r;
  return blog
    ? [
        {
          articles,
          ...(rounds > 1 && { round: r.round }),
          'cold (s)': blog.wallSeconds,
          'CPU (s)': blog.cpuSeconds,
          'peak RSS (MB)': blog.peakRssMB,
          pages: blog.pages,
          'content sync': seconds(blog.contentSync),
          'page generation': seconds(blog.pageGeneration),
          'Dispatch × blog (wall)': round(wallSeconds / blog.wallSeconds, 2),
          'Dispatch × blog (CPU)': round(cpuSeconds / blog.cpuSeconds, 2),
          load: blog.load.join(' → '),
        },
      ]
    : [];
});
if (blogRows.length > 0) {
  console.log('The minimal Astro blog (bench/minimal-blog), cold, on the same corpus:');
  console.table(blogRows);
}
console.table(
  results.flatMap((r) =>
    r.rebuilds.map((b) => ({
      articles: r.articles,
      ...(rounds > 1 && { round: r.round }),
      rebuild: b.kind,
      'wall (s)': b.wallSeconds,
      '× cold': b.shareOfCold,
      'pages rendered': b.pagesRendered,
      'shards indexed': b.searchShardsIndexed,
      load: b.load.join(' → '),
    })),
  ),
);

const medians = medianOfRounds(results);
if (rounds > 1) {
  console.log(`Medians of ${String(rounds)} rounds (peak memory: the highest):`);
  console.table(
    medians.map((m) => ({
      articles: m.articles,
      'cold (s)': m.wallSeconds,
      'peak RSS (MB)': m.peakRssMB,
      ...(m.baseline && {
        'blog cold (s)': m.baseline.wallSeconds,
        'Dispatch × blog': round(m.wallSeconds / m.baseline.wallSeconds, 2),
      }),
      ...Object.fromEntries(m.rebuilds.map((b) => [`${b.kind} (× cold)`, b.shareOfCold])),
    })),
  );
}

const budgets = checkBudgets(results);
console.log('\nBudgets');
for (const { budget, measured: value, met } of budgets) {
  console.log(`  ${met === null ? '–' : met ? '✓' : '✗'} ${budget}: ${value}`);
}

mkdirSync('bench/results', { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const report = { date: new Date().toISOString(), machine, seed, rounds, results, medians, budgets };
writeFileSync(`bench/results/build-${stamp}.json`, `${JSON.stringify(report, null, 2)}\n`);
writeFileSync('bench/results/build-latest.json', `${JSON.stringify(report, null, 2)}\n`);
console.log(`Figures written to bench/results/build-${stamp}.json`);
