import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * What the site index derives from article bodies (word counts, related articles), remembered between builds in
 * the build cache by a key that names everything the value comes from (an article's file digest; for related
 * articles, every published article's slug and digest). A rebuild after no change, or after one edit, then reads
 * no body it does not have to: at 5,000 articles reading the bodies back is about half a second, and scoring the
 * related articles almost two.
 *
 * A key must cover all that its value is computed from, besides the code: the memo as a whole belongs to one
 * `version` of the code that computes (the caller's source digest), and is dropped when that changes. Values are
 * JSON. Only the keys a build used are saved, so the file never grows past one build's worth.
 */
export interface DerivedMemo {
  /** The value remembered under `key`, or `compute()`'s, remembered for the next build. */
  remember: <T>(key: string, compute: () => T) => T;
  /** Writes what this build used to the file. */
  save: () => void;
}

interface MemoFile {
  version: string;
  values: Record<string, unknown>;
}

/**
 * A memo kept in `file`, for the code at `version`. The file is read when the first value is asked for, and
 * written by `save()` only if one was: a build that needs nothing from it neither loads nor rewrites it.
 */
export function derivedMemo(file: string, version: string): DerivedMemo {
  let previous: Record<string, unknown> | undefined;
  const used: Record<string, unknown> = {};
  let asked = false;
  return {
    remember<T>(key: string, compute: () => T): T {
      asked = true;
      if (Object.hasOwn(used, key)) return used[key] as T;
      previous ??= readMemo(file, version);
      // Stored by this very code, under a key naming all its inputs: the value has the type compute() returns.
      const value = Object.hasOwn(previous, key) ? (previous[key] as T) : compute();
      used[key] = value;
      return value;
    },
    save() {
      if (!asked) return;
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
