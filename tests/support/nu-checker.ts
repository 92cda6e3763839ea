import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testEnv } from '../../src/config/env.ts';

/**
 * The W3C Nu HTML checker (vnu, the checker behind validator.w3.org/nu), from the npm package vnu-jar, run on
 * the Java of the machine. The package's own launcher is not used: without a Java it downloads one, and
 * nothing may be downloaded here (its install script, which does the same, is denied in package.json).
 */

/** Java: JAVA_HOME's when set, else the one on the PATH (Debian's default-jre-headless). */
export const javaPath: string = testEnv.javaHome ? join(testEnv.javaHome, 'bin', 'java') : 'java';

/** The checker's jar, inside node_modules. */
export const vnuJar: string = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/** What to say when Java is missing. */
export const javaMissing = `The W3C HTML checker needs Java 11 or later: install it with "sudo apt-get install default-jre-headless" (Debian) or set JAVA_HOME.`;

/** Whether Java runs. */
export function hasJava(): boolean {
  return spawnSync(javaPath, ['-version'], { stdio: 'ignore' }).status === 0;
}

/** One message of the checker's JSON output (https://github.com/validator/validator/wiki/Output-»-JSON). */
export interface NuMessage {
  /** `error`, `info` (with `subType: 'warning'` for a warning) or `non-document-error` (the file could not be read). */
  type: string;
  subType?: string;
  /** The checked file, as a file: URL. */
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  /** The source around the problem; the problem itself is `hiliteLength` characters from `hiliteStart`. */
  extract?: string;
  hiliteStart?: number;
  hiliteLength?: number;
}

/** Checks every HTML file in `paths` (files or folders) in ONE run of the checker: one Java start for all. */
export function runNuChecker(paths: readonly string[]): NuMessage[] {
  const result = spawnSync(
    javaPath,
    ['-jar', vnuJar, '--format', 'json', '--stdout', '--skip-non-html', ...paths],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (result.error) throw result.error;
  try {
    return (JSON.parse(result.stdout) as { messages: NuMessage[] }).messages;
  } catch {
    throw new Error(`the W3C HTML checker gave no report (exit ${String(result.status)}): ${result.stderr}`);
  }
}

/** A kind of warning the checker gives wrongly on these sites, and why. */
interface FalseWarning {
  message: RegExp;
  /** When set, only where the flagged source matches it. */
  source?: RegExp;
  reason: string;
}

/**
 * Warnings of the checker's Content-Security-Policy check that are wrong for these pages. The policy itself is
 * checked where it applies, in Chromium on every page (tests/e2e/publishing.spec.ts). Nothing else is dropped:
 * every error, and every other warning or note, fails the check.
 */
export const falseWarnings: readonly FalseWarning[] = [
  {
    // A file read from disk has no origin, so 'self' matches nothing; a same-site path ("/_astro/…") is what
    // 'self' allows on the served site. A resource from another host is still reported.
    message: /^Resource violates Content Security Policy \(meta tag\): .* “\/(?!\/)[^”]*” blocked by/,
    reason: 'same-site resource, which the policy allows with self',
  },
  {
    // JSON-LD is data: browsers never run it, so the policy does not apply to it. Any other inline script is reported.
    message: /^Inline script violates Content Security Policy \(meta tag\)/,
    source: /^<script type="application\/ld\+json">/,
    reason: 'JSON-LD data block, which no browser runs',
  },
  {
    // The checker hashes a <style>'s text with its surrounding white space trimmed; browsers hash the exact text,
    // which is what Astro hashes (its inlined styles end in a newline), so every correct hash is reported.
    message: /^Inline style violates Content Security Policy \(meta tag\)/,
    reason: 'the checker trims the style before hashing it; browsers do not',
  },
];

/** The source a message points at. */
function flagged(message: NuMessage): string {
  const start = message.hiliteStart ?? 0;
  return message.extract?.slice(start, start + (message.hiliteLength ?? 0)) ?? '';
}

/** Whether a message is one of the known false warnings. */
export function isFalseWarning(message: NuMessage): boolean {
  return (
    message.type === 'info' &&
    message.subType === 'warning' &&
    falseWarnings.some(
      (known) => known.message.test(message.message) && (known.source?.test(flagged(message)) ?? true),
    )
  );
}

/** The path of a message's file relative to `root` ("articles/foo/index.html"). */
export function messageFile(message: NuMessage, root: string): string {
  return message.url ? relative(root, fileURLToPath(message.url)) : '(no file)';
}

/** One line per message: "file:line:column: type: message". */
export function formatNuMessage(message: NuMessage, root: string): string {
  const type = message.subType ? `${message.type} ${message.subType}` : message.type;
  return `${messageFile(message, root)}:${String(message.lastLine ?? 0)}:${String(message.firstColumn ?? 0)}: ${type}: ${message.message}`;
}
