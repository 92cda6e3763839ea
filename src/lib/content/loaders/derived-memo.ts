import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * What a build derives from its inputs and the next build may reuse, remembered in the build cache by a key that
 * names everything the value comes from: the site index's word counts and related articles (an article's file
 * digest; for related articles, every published article's slug and digest), each article's related-articles
 * terms, the sitemap's facts of each built page (its path, size and modification time). A rebuild after no change,
 * or after one edit, then reads no body it does not have to: at 5,000 articles reading the bodies back is about half
 * a second, and scoring the related articles almost two.
 *
 * A key must cover all that its value is computed from, besides the code: the memo as a whole belongs to one
 * `version` of the code that computes (the caller's source digest), and is dropped when that changes. Values are
 * JSON. Only the keys a build used are saved, so the file never grows past one build's worth.
 */
export interface DerivedMemo {
  /** The value remembered under `key`, or `compute()`'s, remembered for the next build. */
  remember: <T>(key: string, compute: () => T) => T;
  /** Whether a value is remembered under `key` (computed by this build or by the last one). */
  has: (key: string) => boolean;
  /** Writes what this build used to the file. */
  save: () => void;
}

interface MemoFile {
  version: string;
  values: Record<string, unknown>;
}

/**
 * A memo kept in `file`, for the code at `version`. The file is read when the first value is asked for, and
 * written by `save()` only when it would change: a value was computed, or a remembered one was not asked for.
 */
export function derivedMemo(file: string, version: string): DerivedMemo {
  // Read on the first question: undefined until then.
  let previous: Record<string, unknown> | undefined;
  const used: Record<string, unknown> = {};
  let computed = false;
  return {
    remember<T>(key: string, compute: () => T): T {
      if (Object.hasOwn(used, key)) return used[key] as T;
      previous ??= readMemo(file, version);
      // Stored by this very code, under a key naming all its inputs: the value has the type compute() returns.
      const known = Object.hasOwn(previous, key);
      const value = known ? (previous[key] as T) : compute();
      computed ||= !known;
      used[key] = value;
      return value;
    },
    has(key: string): boolean {
      previous ??= readMemo(file, version);
      return Object.hasOwn(used, key) || Object.hasOwn(previous, key);
    },
    save() {
      if (previous === undefined) return;
      const unused = Object.keys(previous).some((key) => !Object.hasOwn(used, key));
      if (!computed && !unused) return;
      mkdirSync(dirname(file), { recursive: true });
      // Written whole, then renamed: a build stopped halfway leaves the previous file or none, never half of one.
      const partial = `${file}.${String(process.pid)}.partial`;
      writeFileSync(partial, JSON.stringify({ version, values: used } satisfies MemoFile));
      renameSync(partial, file);
    },
  };
}

function readMemo(file: string, version: string): Record<string, unknown> {
  if (!existsSync(file)) return {};
  try {
    const memo = JSON.parse(readFileSync(file, 'utf8')) as Partial<MemoFile>;
    return memo.version === version && typeof memo.values === 'object' ? memo.values : {};
  } catch {
    return {};
  }
}
