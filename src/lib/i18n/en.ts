/**
 * Every interface string of the English edition: the reference dictionary. Its shape is the type every other
 * language's dictionary must have (./dictionary.ts), so a missing or extra key there is a type error.
 * `{name}` marks a value put in by `fill` (./dictionary.ts); `one`/`other` pairs are chosen by the language's
 * plural rules (`plural`).
 */
export const en = {
  site: {
    name: 'Dispatch',
    description:
      'Dispatch publishes clear, sourced analysis of security and diplomacy across South Asia, the Middle East and beyond.',
    copyrightHolder: 'Dispatch',
    homeTitle: '{site}: news analysis',
    pageTitle: '{title} · {site}',
    logoAlt: '{site} logo',
    skipToContent: 'Skip to content',
    /** Between items of a list written inline ("Cookie, Dispatch"). */
    comma: ', ',
  },
  nav: {
    label: 'Main',
    latest: 'Latest',
    topics: 'Topics',
    authors: 'Authors',
    archive: 'Archive',
    search: 'Search',
    languages: 'Languages',
  },
  footer: {
    policy: 'Data Protection Policy',
    cookieSettings: 'Cookie settings',
    copyright: '© {years} {holder}',
  },
  kickers: {
    News: 'News',
    Analysis: 'Analysis',
    Opinion: 'Opinion',
    Explainer: 'Explainer',
    Report: 'Report',
    Interview: 'Interview',
    Review: 'Review',
  },
  article: {
    draft: 'Draft',
    by: 'By',
    published: 'Published',
    updated: 'Updated',
    readingTime: '{minutes} min read',
    correction: 'Correction',
    corrections: 'Corrections',
    sources: 'Sources',
    suggestCorrection: 'Spotted an error? {link} to the article’s text.',
    suggestCorrectionLink: 'Suggest a correction',
    topics: 'Topics',
    aboutAuthor: 'About the author',
    related: 'Related',
    contents: 'In this article',
  },
  share: {
    heading: 'Share this article',
    native: 'Share…',
    copy: 'Copy link',
    copied: 'Link copied.',
    copyFailed: 'Could not copy the link; copy it from the address bar.',
    by: 'Share by {target}',
    on: 'Share on {target}',
    email: 'Email',
    x: 'X',
    facebook: 'Facebook',
    linkedin: 'LinkedIn',
    whatsapp: 'WhatsApp',
    cardByline: 'By {author}',
    imageAlt: '{kicker}: {title}',
  },
  listings: {
    latestArticles: 'Latest articles',
    homeHeading: '{site}: latest articles',
    latest: 'Latest',
    pageOf: 'page {page} of {total}',
    titleOnPage: '{title}, {position}',
    countOnPage: '{count}, {position}',
    articles: { one: '{count} article', other: '{count} articles' },
  },
  pagination: {
    label: 'Pagination',
    previous: 'Previous',
    next: 'Next',
    /** Read after "Previous" and "Next" by screen readers. */
    page: 'page',
    pageNumber: 'Page {page}',
  },
  notFound: {
    title: 'Page not found',
    description: 'The page you asked for does not exist.',
    text: 'There is no page at this address. It may have moved, or the link may be mistyped.',
    allTopics: 'All topics',
    allAuthors: 'All authors',
  },
  policy: {
    lastUpdated: 'Last updated',
  },
  search: {
    title: 'Search',
    description: 'Search every {site} article by word, topic and author.',
    noScript: 'Search needs JavaScript, which is off in this browser.',
    unavailable: 'Search is not available right now.',
    otherWays: 'Every article can still be found by {topic} or in the {archive}.',
    otherWaysTopic: 'topic',
    otherWaysArchive: 'archive',
    formLabel: 'Articles',
    query: 'Search articles',
    submit: 'Search',
    topic: 'Topic',
    allTopics: 'All topics',
    author: 'Author',
    allAuthors: 'All authors',
    results: 'Search results',
    more: 'Show more results',
    none: 'No results',
    count: { one: '{count} result', other: '{count} results' },
    summary: '{count}{query}{tag}{author}.',
    forQuery: ' for “{query}”',
    inTag: ' in {tag}',
    byAuthor: ' by {author}',
  },
  archive: {
    title: 'Archive',
    description: 'Every article {site} has published, by year and month.',
    lede: 'Every article, by year and month.',
    yearTitle: 'Archive {year}',
    yearDescription: 'Every article {site} published in {year}.',
  },
  authors: {
    title: 'Authors',
    description: 'The writers and desks who publish on {site}.',
    kicker: 'Author',
    articles: 'Articles',
  },
  tags: {
    title: 'Topics',
    description: 'Every topic {site} covers, with the number of articles on each.',
    kicker: 'Topic',
  },
  feeds: {
    rss: '{site} (RSS)',
    atom: '{site} (Atom)',
    json: '{site} (JSON Feed)',
    tagRss: '{site}: {tag} (RSS)',
    tagTitle: '{site}: {tag}',
  },
  consent: {
    bannerTitle: 'Cookies on {site}',
    bannerText:
      'We set no cookies unless you allow them. You can allow analytics and media embedded from other sites, refuse them, or choose one by one. The site works the same either way.',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    settings: 'Settings',
    settingsTitle: 'Cookie settings',
    close: 'Close',
    settingsText:
      'Choose what {site} may store in your browser and load from other sites. You can change your choice at any time with “Cookie settings” at the foot of every page.',
    gpc: 'Your browser sends a Global Privacy Control signal, so everything optional is off without asking. You can still switch a category on here.',
    alwaysOn: 'Always on',
    save: 'Save choices',
    listHeading: 'Every cookie and storage item',
    listIntro:
      'This list is generated from the same settings as the cookie banner, so it always shows what the site can store. Nothing optional is stored until you allow its category.',
    listAlwaysOn: 'Always on.',
    listOff: 'Off until you allow it.',
    listCaption: '{category}: what is stored',
    name: 'Name',
    purpose: 'Purpose',
    lifetime: 'Lifetime',
    cookie: 'Cookie',
    localStorage: 'Local storage',
    nothingStored: '{site} itself stores nothing in this category.',
    change: 'Change your cookie settings',
    embedNotice:
      '{title} is embedded from {provider}, which may set cookies and see that you read this page.',
    embedLoad: 'Load from {provider}',
    embedAlways: 'Always load {category}',
    embedOpen: 'Open it on {provider}',
  },
  editorial: {
    /** The heading of the box of author bios at the end of an article. */
    aboutAuthors: { one: 'About the author', other: 'About the authors' },
    /** The index of series: its title (also the kicker of a series page and a crumb of the trail). */
    series: 'Series',
    seriesIndexDescription: 'Every series {site} publishes, each with its parts in order.',
    /** An article's place in its series. */
    partOf: 'Part {part} of {total}',
    /** A part's number on the series page and in the series navigation. */
    part: 'Part {part}',
    /** How many parts of a series are out. */
    partCount: { one: '{count} part', other: '{count} parts' },
    previousPart: 'Previous part',
    nextPart: 'Next part',
    /** The label of an article's series navigation. */
    seriesNavigation: 'Series: {title}',
    seriesFeedTitle: '{site}: {title} (series)',
    /** The heading of an article's key points, under its dek (also in the feeds' summary). */
    keyPoints: 'Key points',
    /** An author page's line of the subjects the author covers. */
    covers: 'Covers {subjects}',
    /** The home page's section of the pinned articles after the lead story. */
    topStories: 'Top stories',
  },
} as const;
