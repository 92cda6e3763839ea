/**
 * The phases of a build, read from what `astro build` prints (Astro 7's log lines, and the lines the build prints
 * with DISPATCH_TIMINGS=1), in seconds; a phase whose line is missing is null.
 */

export interface BuildPhases {
  /** "Collecting build info": the content sync (loading and rendering the content) and type generation. */
  contentSync: number | null;
  /** "generating static routes": every page and endpoint rendered or taken from the incremental cache. */
  pageGeneration: number | null;
  /** Drawing the share cards (satori and sharp), summed over cards: it overlaps with rendering the pages. */
  shareCards: number | null;
  /** Cards drawn (not taken from the build cache). */
  shareCardsDrawn: number | null;
  /** Indexing the built site with Pagefind (src/integrations/pagefind.ts). */
  searchIndex: number | null;
  /** Shards of the search index indexed, and taken from the build cache. */
  searchShardsIndexed: number | null;
  searchShardsReused: number | null;
  /** The related-articles computation. */
  related: number | null;
  /** Pages rendered, and pages taken from Astro's incremental cache. */
  pagesRendered: number;
  pagesReused: number;
}

/** Astro's durations: "559ms", "28.75s", "1m 58s". */
export function parseDuration(text: string): number {
  const minutes = /^(\d+)m (\d+)s$/.exec(text);
  if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2]);
  const seconds = /^([\d.]+)s$/.exec(text);
  if (seconds) return Number(seconds[1]);
  const ms = /^([\d.]+)ms$/.exec(text);
  if (ms) return Number(ms[1]) / 1000;
  throw new Error(`not a duration of Astro's log: "${text}"`);
}

/** The phases of the build whose output is `log`. */
export function buildPhases(log: string): BuildPhases {
  // Colours (escape, "[", numbers, "m") are not part of what is read.
  const plain = log.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
  const after = (marker: RegExp, line: RegExp): number | null => {
    const start = plain.search(marker);
    if (start === -1) return null;
    const match = line.exec(plain.slice(start));
    return match?.[1] === undefined ? null : parseDuration(match[1]);
  };
  const number = (pattern: RegExp): number | null => {
    const match = pattern.exec(plain);
    return match?.[1] === undefined ? null : Number(match[1]);
  };
  const relatedMs = number(/\[dispatch\] related articles: ([\d.]+) ms/);
  // With pages rendered in parallel, Astro's lines interleave: count paths and cache hits, not whole lines.
  const paths = [...plain.matchAll(/├─ /g)].length;
  const reused = [...plain.matchAll(/\((?:restored|cached)\)/g)].length;
  return {
    contentSync: after(/Collecting build info/, /\[build\] ✓ Completed in ([^\n]+?)\.\n/),
    pageGeneration: after(/generating static routes/, /\n\S+ ✓ Completed in ([^\n]+?)\.\n/),
    shareCards: number(/\[dispatch\] share cards: \d+ drawn in ([\d.]+) s/),
    shareCardsDrawn: number(/\[dispatch\] share cards: (\d+) drawn/),
    searchIndex: number(/\[dispatch:pagefind\] search index of .* written in ([\d.]+) s/),
    searchShardsIndexed: number(/written in [\d.]+ s \((\d+) indexed/),
    searchShardsReused: number(/indexed, (\d+) from the build cache\)/),
    related: relatedMs === null ? null : relatedMs / 1000,
    pagesRendered: paths - reused,
    pagesReused: reused,
  };
}
