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

  /** The heading of an article's key points, under its dek. */
  keyPoints: 'Key points',
  /** What stands between a dateline and the first words of the text: "ISLAMABAD — Iran and Pakistan…". */
  datelineSeparator: ' — ',

  /** An author page's line of the subjects the author covers: "Covers Pakistan, Iran and border security". */
  covers: (subjects: string) => `Covers ${subjects}`,

  /** The Types of work page: its title, meta description and introduction. */
  typesOfWork: 'Types of work',
  typesOfWorkDescription: (siteName: string) =>
    `What each label above a ${siteName} headline means: the kinds of work ${siteName} publishes.`,
  typesOfWorkIntro: (siteName: string) =>
    `Every piece ${siteName} publishes carries a label above its headline saying what kind of work it is, so that you know whether you are reading reporting, analysis or opinion.`,
  /** What each kicker means, by kicker (every kicker of src/config/site.ts has one). */
  kindsOfWork: {
    News: 'A report of recent events: what happened, where and when, and who says so, kept to facts that can be checked.',
    Analysis:
      'Interprets the news, drawing on facts and sources to explain what events mean and where they may lead; its conclusions are the author’s reading of the evidence.',
    Opinion:
      'Argues for a point of view: the author’s own judgement, not the publication’s, labelled so that it is never taken for news.',
    Explainer:
      'Background and context for a subject in the news: how something works, how it came about, what its terms mean.',
    Report:
      'Reporting in depth: facts gathered and checked first-hand, from people, documents and places, and pieced together.',
    Interview:
      'A conversation with one person, edited for length and clarity, their answers given in their words.',
    Review: 'A critic’s assessment of a book, film, report or other work, and how it measures up.',
  } as Readonly<Record<string, string>>,
  /** The Types of work page's list of the standards pages that exist. */
  ourStandards: 'Our standards',
  /** The notice on a standards page that still holds template text. */
  templateNotice:
    'This page is a template: the publisher has not completed it yet, and the text marked TEMPLATE is a placeholder.',

  /** The home page's section of the pinned articles after the lead story. */
  topStories: 'Top stories',
} as const;

export type EditorialStrings = typeof editorialStrings;
