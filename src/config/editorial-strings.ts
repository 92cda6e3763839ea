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
} as const;

export type EditorialStrings = typeof editorialStrings;
