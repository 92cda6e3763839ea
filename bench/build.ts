/**
 * `npm run bench -- --articles 1000,5000,10000`: builds the whole site against generated corpora and measures it.
 *
 * For each size it writes a seeded synthetic corpus (bench/corpus.ts) into a temporary folder, runs a cold
 * `astro build` + Pagefind against it (DISPATCH_CONTENT_DIR, with its own cache and output folders), and
 * reports wall time, articles per second, peak memory of the whole build process tree, the size of dist/, the
 * time spent computing related articles (logged by the build when DISPATCH_TIMINGS=1), the article page's
 * weight, the time of the content check (`npm run content:check`'s validation, in this process), and the cost
 * of the Markdown pipeline alone (the same unified processor the build uses, run over
 * every article body in this process), so that processor choices can be weighed with figures.
 * The figures are printed as a table and written as JSON under bench/results/.
 *
 * Options: --articles <n,n,…> (default 1000), --seed <n> (default 1), --keep (keep the temporary folders).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { checkContentDir } from '../src/lib/content/loaders/content-folder.ts';
import { checkBudgets } from './budgets.ts';
import { generateCorpus, writeCorpus } from './corpus.ts';
import { measureMarkdown } from './markdown-cost.ts';

interface Figures {
  articles: number;
  wallSeconds: number;
  articlesPerSecond: number;
  peakRssMB: number;
  distMB: number;
  pages: number;
  relatedMs: number | null;
  relatedShare: number | null;
  /** Rendering every body with the site's unified pipeline alone, and its share of the build's wall time. */
  markdownSeconds: number;
  markdownShare: number;
  /** The same with Astro 7's default Sätteri processor, for comparison. */
  satteriSeconds: number;
  /** The content check of the corpus (what `npm run content:check` and the build's first step run). */
  contentCheckSeconds: number;
  articlePageGzipKB: number;
}

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.articles.split(',').map((n) => Number(n.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(
    `--articles: expected whole numbers separated by commas, e.g. 1000,5000,10000; got "${values.articles}"`,
  );
  process.exit(2);
}
const seed = Number(values.seed);

/** Sum of the resident memory of a process and all its descendants, in bytes, read from /proc. */
function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
      rss.set(Number(entry), Number(fields[21]) * 4096);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop() ?? 0;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs a command, sampling the memory of its process tree; resolves with wall time, peak RSS and output. */
function measured(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ seconds: number; peakRss: number; output: string; status: number | null }> {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peakRss = 0;
    const sampler = setInterval(() => {
      if (child.pid !== undefined) peakRss = Math.max(peakRss, treeRss(child.pid));
    }, 100);
    child.on('close', (status) => {
      clearInterval(sampler);
      resolve({ seconds: Number(process.hrtime.bigint() - started) / 1e9, peakRss, output, status });
    });
  });
}

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

const results: Figures[] = [];
for (const count of sizes) {
  const work = mkdtempSync(join(tmpdir(), `dispatch-bench-${String(count)}-`));
  const content = join(work, 'content');
  const dist = join(work, 'dist');
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

  console.log(`${String(count)} articles: measuring the Markdown pipeline alone`);
  const markdown = await measureMarkdown(corpus.articles.map((a) => a.body));

  console.log(`${String(count)} articles: building (cold)`);
  const run = await measured('npm', ['run', '--silent', 'build', '--', '--outDir', dist], {
    DISPATCH_CONTENT_DIR: content,
    DISPATCH_CACHE_DIR: join(work, 'cache'),
    DISPATCH_BUILD_DATE: '2024-07-01',
    DISPATCH_TIMINGS: '1',
  });
  if (run.status !== 0) {
    console.error(run.output.slice(-4000));
    console.error(`The build of ${String(count)} articles failed.`);
    process.exit(1);
  }
  const relatedMatch = /\[dispatch\] related articles: ([\d.]+) ms/.exec(run.output);
  const relatedMs = relatedMatch ? Number(relatedMatch[1]) : null;
  const { bytes, pages } = folderSize(dist);
  const firstArticle = readdirSync(join(dist, 'articles'))[0] ?? '';
  results.push({
    articles: count,
    wallSeconds: round(run.seconds, 1),
    articlesPerSecond: round(count / run.seconds, 0),
    peakRssMB: round(run.peakRss / 2 ** 20, 0),
    distMB: round(bytes / 2 ** 20, 1),
    pages,
    relatedMs: relatedMs === null ? null : round(relatedMs, 0),
    relatedShare: relatedMs === null ? null : round(relatedMs / 1000 / run.seconds, 3),
    markdownSeconds: round(markdown.unified, 1),
    markdownShare: round(markdown.unified / run.seconds, 2),
    satteriSeconds: round(markdown.satteri, 1),
    contentCheckSeconds: round(contentCheckSeconds, 2),
    articlePageGzipKB: round(pageWeight(dist, join('articles', firstArticle, 'index.html')) / 1024, 1),
  });
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}

function round(value: number, digits: number): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}

const machine = `${String(cpus().length)} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${String(Math.round(totalmem() / 2 ** 30))} GiB, Node ${process.version}`;
console.log(`\nDispatch build benchmark (${machine})\n`);
console.table(
  results.map((r) => ({
    articles: r.articles,
    'wall (s)': r.wallSeconds,
    'articles/s': r.articlesPerSecond,
    'peak RSS (MB)': r.peakRssMB,
    'dist (MB)': r.distMB,
    'related (ms)': r.relatedMs,
    'related share': r.relatedShare,
    'Markdown alone (s)': r.markdownSeconds,
    'Markdown share': r.markdownShare,
    'Sätteri alone (s)': r.satteriSeconds,
    'content:check (s)': r.contentCheckSeconds,
    'article page (KB gz)': r.articlePageGzipKB,
  })),
);

const budgets = checkBudgets(results);
console.log('\nBudgets');
for (const { budget, measured, met } of budgets) {
  console.log(`  ${met === null ? '–' : met ? '✓' : '✗'} ${budget}: ${measured}`);
}

mkdirSync('bench/results', { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const report = { date: new Date().toISOString(), machine, seed, results, budgets };
writeFileSync(`bench/results/build-${stamp}.json`, `${JSON.stringify(report, null, 2)}\n`);
writeFileSync('bench/results/build-latest.json', `${JSON.stringify(report, null, 2)}\n`);
console.log(`Figures written to bench/results/build-${stamp}.json`);
