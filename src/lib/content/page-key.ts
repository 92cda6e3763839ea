import { createHash } from 'node:crypto';

/**
 * The cache keys of Astro's incremental build (`experimental.incrementalBuild`): a page whose key and code are
 * unchanged since the last build is not rendered again, its earlier output is kept. A key that missed something a
 * page shows would publish a stale page, so a key is not a list of chosen fields: it is a digest of everything
 * the page is handed, its getStaticPaths props walked down to the last value, together with the build's context
 * (what shapes pages without being props or the route's code: see `buildContext` in query.ts).
 *
 * Digests are Merkle-style and remembered per object: an article summary listed on a hundred pages is digested
 * once per build, and every page that lists it reuses that digest. The site index is never changed after it is
 * built, which is what makes remembering sound.
 *
 * What a digest takes in, exactly:
 * - strings, numbers, booleans, null and undefined, each tagged with its type (1 and "1" differ);
 * - dates (by their time), URLs (by address), arrays, Maps and Sets, in their order;
 * - plain objects, by their own enumerable keys in sorted order (a key holding `undefined` counts);
 * - functions, by their source text: what a function closes over must be code or in the page's props
 *   (a listing page's `href(n)` closes over its listing's slug and the base path);
 * - anything else (a class instance, whose state may sit outside its own keys) is refused with an error, so that
 *   a page's props stay plain data whose every value reaches the key.
 */

/** Remembered digests of objects, for one build. */
export type DigestMemo = WeakMap<object, string>;

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

/** A digest of `value` and everything it holds (see the module comment for what counts). */
export function digestOf(value: unknown, memo: DigestMemo = new WeakMap()): string {
  return sha256(encode(value, memo, new Set()));
}

/**
 * The cache key of a page: a digest of its props and of the build's context (a digest itself), so that the page
 * is rendered again when either changes.
 */
export function pageKey(props: unknown, context: string, memo: DigestMemo = new WeakMap()): string {
  return sha256(`${context}\0${encode(props, memo, new Set())}`);
}

/** `value` as text: primitives in place, objects by the digest of their contents (remembered in `memo`). */
function encode(value: unknown, memo: DigestMemo, path: Set<object>): string {
  switch (typeof value) {
    case 'string':
      return `s${JSON.stringify(value)}`;
    case 'number':
      return `n${String(value)}`;
    case 'boolean':
      return value ? 'T' : 'F';
    case 'undefined':
      return 'u';
    case 'bigint':
      return `b${value.toString()}`;
    case 'symbol':
      throw new TypeError(`page key: a symbol (${value.toString()}) cannot be part of a page's props`);
    case 'function':
      return `f${JSON.stringify(Function.prototype.toString.call(value))}`;
    case 'object':
      if (value === null) return 'N';
      return `o${objectDigest(value, memo, path)}`;
  }
}

function objectDigest(value: object, memo: DigestMemo, path: Set<object>): string {
  const known = memo.get(value);
  if (known !== undefined) return known;
  if (path.has(value)) throw new TypeError('page key: the props of a page refer to themselves (a cycle)');
  path.add(value);
  const digest = sha256(contents(value, memo, path));
  path.delete(value);
  memo.set(value, digest);
  return digest;
}

/** The contents of an object as text, by kind. */
function contents(value: object, memo: DigestMemo, path: Set<object>): string {
  const all = (items: Iterable<unknown>) => [...items].map((item) => encode(item, memo, path)).join(',');
  if (Array.isArray(value)) return `[${all(value)}]`;
  if (value instanceof Date) return `D${String(value.getTime())}`;
  if (value instanceof URL) return `U${value.href}`;
  if (value instanceof Map) return `M${all([...value].flat())}`;
  if (value instanceof Set) return `S${all(value)}`;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    const kind = (value as { constructor?: { name?: string } }).constructor?.name ?? 'unknown';
    throw new TypeError(
      `page key: a ${kind} object cannot be part of a page's props; hand pages plain data (objects, arrays, dates)`,
    );
  }
  const record = value as Record<string, unknown>;
  return `{${Object.keys(record)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${encode(record[key], memo, path)}`)
    .join(',')}}`;
}
