/**
 * `npm run content:check [-- <content folder>]`: validates every file under content/ (or the folder given)
 * with the build's own schemas and rules, without building, and prints every problem as
 * `file:line: field: message`, then any warnings (`warning: file:line: …`: a pin that is over, a standards page
 * that still holds template text), which never fail it. Exits 1 when there is any problem, 2 on a bad command line.
 */
import { parseArgs } from 'node:util';
import { contentDir } from '../config/env.ts';
import { formatProblem } from '../lib/content/rules.ts';
import { checkContentDir } from '../lib/content/loaders/content-folder.ts';

const usage =
  'usage: npm run content:check [-- <content folder>]   (default: content/ or DISPATCH_CONTENT_DIR)';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Runs the check; returns the exit code. Output goes through `out` and `err` so that tests can read it. */
export function contentCheck(
  args: readonly string[],
  out: (line: string) => void = console.log,
  err: (line: string) => void = console.error,
): number {
  let dir: string;
  try {
    const { positionals } = parseArgs({ args: [...args], options: {}, allowPositionals: true });
    if (positionals.length > 1) throw new Error('expected at most one content folder');
    dir = positionals[0] ?? contentDir;
  } catch (error) {
    err(`content:check: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  const started = performance.now();
  const { problems, warnings, counts } = checkContentDir(dir);
  const ms = Math.round(performance.now() - started);
  const checked = `${plural(counts.articles, 'article')}, ${plural(counts.authors, 'author')}, ${plural(counts.tags, 'tag')}, ${counts.series} series and ${plural(counts.pages, 'page')} in ${ms} ms`;
  // Problems first, the first one first (the build prints the same); then what only deserves attention.
  for (const problem of problems) err(formatProblem(problem));
  for (const warning of warnings) err(`warning: ${formatProblem(warning)}`);
  const warned = warnings.length > 0 ? `; ${plural(warnings.length, 'warning')} above` : '';
  if (problems.length === 0) {
    out(`content:check: no problems in ${checked}${warned}`);
    return 0;
  }
  const files = new Set(problems.map((p) => p.file)).size;
  err(
    `content:check: ${plural(problems.length, 'problem')} in ${plural(files, 'file')} (checked ${checked})${warned}`,
  );
  return 1;
}

if (import.meta.main) process.exitCode = contentCheck(process.argv.slice(2));
