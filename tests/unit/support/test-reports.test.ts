import { describe, expect, test } from 'vitest';
import {
  playwrightCounts,
  playwrightFailures,
  vitestCounts,
  vitestFailures,
} from '../../support/test-reports.ts';

// Shaped as vitest's JSON reporter writes them (trimmed to the fields read), taken from a real run.
const vitestReport = {
  numPassedTests: 1,
  numFailedTests: 2,
  numPendingTests: 0,
  numTodoTests: 1,
  testResults: [
    {
      name: `${process.cwd()}/tests/unit/sums.test.ts`,
      status: 'failed',
      message: '',
      assertionResults: [
        {
          fullName: 'a group adds',
          status: 'failed',
          failureMessages: [
            'AssertionError: expected 2 to be 3 // Object.is equality\n    at tests/unit/sums.test.ts:4:19',
          ],
        },
        { fullName: 'a group passes', status: 'passed', failureMessages: [] },
      ],
    },
    {
      name: `${process.cwd()}/tests/unit/broken-import.test.ts`,
      status: 'failed',
      message: 'Failed to load url ../missing.ts\n  more',
      assertionResults: [],
    },
  ],
};

describe('vitest report', () => {
  test('counts passed, failed, and skipped or to-do tests', () => {
    expect(vitestCounts(vitestReport)).toEqual({ passed: 1, failed: 2, skipped: 1 });
  });

  test('names each failed test with its file and the first line of its error, and a file that failed to load', () => {
    expect(vitestFailures(vitestReport)).toEqual([
      'tests/unit/sums.test.ts › a group adds: AssertionError: expected 2 to be 3 // Object.is equality',
      'tests/unit/broken-import.test.ts: Failed to load url ../missing.ts',
    ]);
  });

  test('a missing report counts as nothing and names nothing', () => {
    expect(vitestCounts(undefined)).toBeUndefined();
    expect(vitestFailures(undefined)).toEqual([]);
  });
});

// Shaped as Playwright's JSON reporter writes it: specs in nested suites, one test per project.
const playwrightReport = {
  stats: { expected: 1, unexpected: 1, flaky: 1, skipped: 0 },
  suites: [
    {
      title: 'site.spec.ts',
      file: 'site.spec.ts',
      specs: [],
      suites: [
        {
          title: 'a page',
          file: 'site.spec.ts',
          specs: [
            {
              title: 'loads',
              file: 'site.spec.ts',
              line: 22,
              tests: [
                { projectName: 'phone', status: 'expected', results: [{}] },
                {
                  projectName: 'desktop',
                  status: 'unexpected',
                  results: [
                    { error: { message: '\u001b[31mError: expect(received).toBe(expected)\u001b[39m\n\nx' } },
                  ],
                },
                {
                  projectName: 'dark',
                  status: 'flaky',
                  results: [{ error: { message: `Timeout ${'9'.repeat(300)}` } }, {}],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
};

describe('Playwright report', () => {
  test('counts a flaky test as failed', () => {
    expect(playwrightCounts(playwrightReport)).toEqual({ passed: 1, failed: 2, skipped: 0 });
  });

  test('names failed and flaky tests with project, file and line, the error without colour codes and cut short', () => {
    const [unexpected, flaky] = playwrightFailures(playwrightReport);
    expect(playwrightFailures(playwrightReport)).toHaveLength(2);
    expect(unexpected).toBe('[desktop] site.spec.ts:22 › loads: Error: expect(received).toBe(expected)');
    expect(flaky?.startsWith('[dark] site.spec.ts:22 › loads: Timeout 999')).toBe(true);
    expect(flaky?.endsWith('...')).toBe(true);
    expect(flaky?.length).toBeLessThan(220);
  });
});
