/**
 * The parts of a series, numbered once per build: an article that gives its `seriesPart` takes that place;
 * the others take the free places in order of publication. Pure, so that it is unit-tested without Astro; the
 * site index (./site-index.ts) numbers every series with it and finds each part's neighbours.
 */

/** What numbering a series needs of an article. */
export interface SeriesMember {
  slug: string;
  pubDate: Date;
  /** The part number the front matter gives, if any. */
  seriesPart?: number | undefined;
}

/** A series' members in part order, each with its number, and the number of parts the series has. */
export interface NumberedSeries<T> {
  parts: readonly { part: number; member: T }[];
  /** The highest part number: the count of members, unless a numbered part stands beyond the others. */
  total: number;
}

const byPublication = (a: SeriesMember, b: SeriesMember) =>
  a.pubDate.getTime() - b.pubDate.getTime() || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/**
 * Numbers the members of one series. Part numbers claimed twice are the content rules' to refuse
 * (src/lib/content/rules.ts); here the first claim wins and a repeated one is numbered like an unnumbered part.
 */
export function numberSeries<T extends SeriesMember>(members: readonly T[]): NumberedSeries<T> {
  const taken = new Map<number, T>();
  const unnumbered: T[] = [];
  for (const member of [...members].sort(byPublication)) {
    if (member.seriesPart !== undefined && !taken.has(member.seriesPart))
      taken.set(member.seriesPart, member);
    else unnumbered.push(member);
  }
  let next = 1;
  for (const member of unnumbered) {
    while (taken.has(next)) next++;
    taken.set(next, member);
  }
  const parts = [...taken].map(([part, member]) => ({ part, member })).sort((a, b) => a.part - b.part);
  return { parts, total: parts.at(-1)?.part ?? 0 };
}
