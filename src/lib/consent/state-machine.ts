/**
 * The consent state machine: what the reader has chosen, whether to ask, and what a new choice stores.
 * Pure functions on plain values (no DOM, no clock, no storage), so that every rule is unit-tested;
 * src/lib/consent/script.ts is the thin browser wrapper around them. It is bundled into that script,
 * so it is kept small and free of dependencies.
 */

/** The rules a stored choice is judged by, from src/config/consent.ts. */
export interface ConsentRules {
  /** The policy revision; a choice made under another revision is asked again. */
  readonly revision: number;
  /** How long a choice lasts, in days (at most 365: 12 months). */
  readonly maxAgeDays: number;
  /** The optional categories a reader may grant (strictly necessary is always on and not listed). */
  readonly categories: readonly string[];
}

/** The consent record kept in the reader's browser. */
export interface ConsentRecord {
  /** Format of the record, so that a later format can tell an old one apart. */
  readonly v: 1;
  /** The policy revision the choice was made under. */
  readonly rev: number;
  /** When the choice was made, in milliseconds since 1970 (UTC). */
  readonly at: number;
  /** The optional categories granted; the rest are refused. */
  readonly granted: readonly string[];
  /** Whether the browser sent Global Privacy Control when the choice was made. */
  readonly gpc: boolean;
}

/**
 * Why the consent is what it is:
 * - `choice`: the reader's stored choice applies;
 * - `gpc`: Global Privacy Control is on and no choice made under it applies: everything optional is off, unasked;
 * - `none`: no usable choice (first visit, or a corrupt or foreign stored value);
 * - `revision`: the choice was made under an earlier policy revision;
 * - `expired`: the choice is older than the maximum age.
 */
export type ConsentReason = 'choice' | 'gpc' | 'none' | 'revision' | 'expired';

/** What to do on a page load. */
export interface ConsentDecision {
  /** Whether to show the banner and ask. */
  readonly ask: boolean;
  /** The optional categories granted now, in the order of the rules. */
  readonly granted: readonly string[];
  readonly reason: ConsentReason;
  /** Whether a stored record exists that no longer counts and should be removed. */
  readonly stale: boolean;
}

/** What the reader chose: everything, nothing, or the listed categories. */
export type ConsentChoice = 'all' | 'none' | readonly string[];

const DAY = 86_400_000;

/** The categories of `names` that the rules know, in the rules' order, each once. */
const known = (rules: ConsentRules, names: readonly string[]): string[] =>
  rules.categories.filter((category) => names.includes(category));

/**
 * Reads a stored value. Anything that is not a well-formed record of this format (unparsable text, another
 * site's value under the same key, a record dated more than a day ahead) gives `undefined`: no choice.
 */
export function parseRecord(raw: string | null, now: number): ConsentRecord | undefined {
  if (!raw) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { v, rev, at, granted, gpc } = value as Partial<Record<keyof ConsentRecord, unknown>>;
  return v === 1 &&
    Number.isInteger(rev) &&
    typeof at === 'number' &&
    Number.isFinite(at) &&
    at <= now + DAY &&
    Array.isArray(granted) &&
    granted.every((name) => typeof name === 'string') &&
    typeof gpc === 'boolean'
    ? { v, rev: rev as number, at, granted, gpc }
    : undefined;
}

/** Decides, from the stored value, the clock and the GPC signal, what is granted and whether to ask. */
export function decide(raw: string | null, rules: ConsentRules, now: number, gpc: boolean): ConsentDecision {
  const record = parseRecord(raw, now);
  const reason: ConsentReason = !record
    ? 'none'
    : record.rev !== rules.revision
      ? 'revision'
      : now - record.at > rules.maxAgeDays * DAY
        ? 'expired'
        : 'choice';
  const stale = reason === 'revision' || reason === 'expired';
  // GPC is a standing refusal: it outweighs a choice made without it, and it is never asked about.
  if (gpc && !(reason === 'choice' && record?.gpc)) return { ask: false, granted: [], reason: 'gpc', stale };
  if (reason === 'choice' && record)
    return { ask: false, granted: known(rules, record.granted), reason, stale };
  return { ask: true, granted: [], reason, stale };
}

/** The record that stores a new choice. */
export function choose(choice: ConsentChoice, rules: ConsentRules, now: number, gpc: boolean): ConsentRecord {
  const granted = choice === 'all' ? [...rules.categories] : choice === 'none' ? [] : known(rules, choice);
  return { v: 1, rev: rules.revision, at: now, granted, gpc };
}

/** Whether a cookie or storage name matches a configured name, where a final `*` matches any ending. */
export function matchesName(pattern: string, name: string): boolean {
  return pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;
}

/**
 * The domains a cookie of this host may have been set for, most specific first, with `undefined` (a
 * host-only cookie) leading: deleting a cookie needs the domain it was set with.
 */
export function cookieDomains(hostname: string): (string | undefined)[] {
  const labels = hostname.split('.');
  // An IP address or a single-label host ("localhost") only has host-only cookies.
  if (labels.length < 2 || /^[\d.]+$/.test(hostname) || hostname.includes(':')) return [undefined];
  return [undefined, ...labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'))];
}
