/**
 * The text of the pages that exist in English only for now: the Types of work page (what each kicker means) and
 * the notice on a standards page that is still a template. Every other interface string, the newsroom's
 * included (bylines, series, key points, pins), is in each language's dictionary (src/lib/i18n/).
 */
export const editorialStrings = {
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
} as const;

export type EditorialStrings = typeof editorialStrings;
