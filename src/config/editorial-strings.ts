/**
 * Every interface string of the newsroom features (co-bylines, series, pinned stories, key points, datelines,
 * types of work, standards pages), in one place, so that an edition in another language replaces this one
 * object. Pure data and small functions for the strings that take a number or a name; list joining
 * ("A, B and C") comes from the locale's Intl.ListFormat (src/lib/content/bylines.ts), not from here.
 */
export const editorialStrings = {
  /** The word before the authors' names in a byline: "By Hadia Safeer and Dispatch Desk". */
  by: 'By',
  /** The label of the box of author bios at the end of an article. */
  aboutAuthors: (count: number) => (count === 1 ? 'About the author' : 'About the authors'),

  /** The kicker of a series page, the title of the index of series, and a crumb of the trail to a series. */
  series: 'Series',
  /** The index of series' meta description. */
  seriesIndexDescription: (siteName: string) =>
    `Every series ${siteName} publishes, each with its parts in order.`,
  /** An article's place in its series: "Part 2 of 4". */
  partOf: (part: number, total: number) => `Part ${part} of ${total}`,
  /** A part's number on the series page: "Part 2". */
  part: (part: number) => `Part ${part}`,
  /** How many parts of a series are out: "3 parts". */
  partCount: (count: number) => (count === 1 ? '1 part' : `${count} parts`),
  /** The labels of the links to the parts before and after an article. */
  previousPart: 'Previous part',
  nextPart: 'Next part',
  /** The label of the list of an article's neighbours in its series: "Series: Border Dispatches". */
  seriesNavigation: (title: string) => `Series: ${title}`,
  /** The title of a series' own feed: "Dispatch: Border Dispatches (series)". */
  seriesFeedTitle: (siteName: string, title: string) => `${siteName}: ${title} (series)`,

  /** The home page's section of the pinned articles after the lead story. */
  topStories: 'Top stories',
} as const;

export type EditorialStrings = typeof editorialStrings;
