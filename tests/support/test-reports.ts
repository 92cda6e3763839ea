/**
 * Reading the test runners' JSON reports for `npm test` (tests/run-all.ts): how many tests passed, failed and were
 * skipped, and which failed, named with the first line of their error, so that the last lines of a long log say
 * what broke.
 */

import { stripVTControlCharacters } from 'node:util';

/** A stage's count of tests. */
export interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

/** Counts from vitest's JSON reporter (Jest's format). */
export function vitestCounts(json: unknown): Tally | undefined {
  const r = json as
    | { numPassedTests?: number; numFailedTests?: number; numPendingTests?: number; numTodoTests?: number }
    | undefined;
  if (r?.numPassedTests === undefined) return undefined;
  return {
    passed: r.numPassedTests,
    failed: r.numFailedTests ?? 0,
    skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
  };
}

/** The first line of an error message, without colour codes, kept short. */
export function firstLine(message: string | undefined): string {
  const line =
    stripVTControlCharacters(message ?? '')
      .trim()
      .split('\n')[0] ?? '';
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

/** Failed tests from vitest's JSON report: file, test name and the first line of the error. */
export function vitestFailures(json: unknown): string[] {
  const files =
    (
      json as
        | {
            testResults?: {
              name: string;
              status: string;
              message?: string;
              assertionResults: { status: string; fullName: string; failureMessages: string[] }[];
            }[];
          }
        | undefined
    )?.testResults ?? [];
  return files.flatMap((file) => {
    const where = file.name.replace(`${process.cwd()}/`, '');
    const tests = file.assertionResults.filter((test) => test.status === 'failed');
    // A file that failed before any test ran (an import error) has no failed test to name.
    if (tests.length === 0 && file.status === 'failed') return [`${where}: ${firstLine(file.message)}`];
    return tests.map((test) => `${where} › ${test.fullName}: ${firstLine(test.failureMessages[0])}`);
  });
}

interface PlaywrightSuite {
  suites?: PlaywrightSuite[];
  specs?: {
    title: string;
    file: string;
    line: number;
    tests: { projectName: string; status: string; results: { error?: { message?: string } }[] }[];
  }[];
}

/** Failed (or flaky) tests from Playwright's JSON report: project, file:line, title and the first error line. */
export function playwrightFailures(json: unknown): string[] {
  const walk = (suite: PlaywrightSuite): string[] => [
    ...(suite.specs ?? []).flatMap((spec) =>
      spec.tests
        .filter((test) => test.status === 'unexpected' || test.status === 'flaky')
        .map((test) => {
          const error = test.results.find((result) => result.error)?.error?.message;
          return `[${test.projectName}] ${spec.file}:${spec.line} › ${spec.title}: ${firstLine(error)}`;
        }),
    ),
    ...(suite.suites ?? []).flatMap(walk),
  ];
  return ((json as { suites?: PlaywrightSuite[] } | undefined)?.suites ?? []).flatMap(walk);
}

/** Counts from Playwright's JSON reporter. */
export function playwrightCounts(json: unknown): Tally | undefined {
  const stats = (
    json as { stats?: { expected: number; unexpected: number; flaky: number; skipped: number } } | undefined
  )?.stats;
  if (!stats) return undefined;
  return { passed: stats.expected, failed: stats.unexpected + stats.flaky, skipped: stats.skipped };
}

/** Counts from tests/lighthouse.ts: one check per page, passed when every category scores 100. */
export function lighthouseCounts(json: unknown): Tally | undefined {
  if (json === undefined || json === null || typeof json !== 'object') return undefined;
  const pages = Object.values(json as Record<string, Record<string, number>>);
  const passed = pages.filter((scores) => Object.values(scores).every((score) => score === 100)).length;
  return { passed, failed: pages.length - passed, skipped: 0 };
}
