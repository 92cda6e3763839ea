import { z } from 'astro/zod';
import { DEFAULT_LANGUAGE, LANGUAGES, languages, type Lang } from '../../config/languages.ts';
import { site } from '../../config/site.ts';
import { nearest } from './suggest.ts';
import { dateFromYamlText } from './yaml.ts';

/**
 * Front-matter schemas for everything under `content/`. Zod (Astro's copy, `astro/zod`) and nothing else of
 * Astro's: no `astro:content`, so that they run on plain Node and the build (src/content.config.ts) and the
 * editors' `content:check` command validate with the very same rules.
 * Every message says what was expected, because editors read them, not programmers.
 *
 * Each field carries its documentation as Zod metadata (`doc(…)`): a description and an example value
 * written as in YAML. EDITING.md's field tables are generated from it (`npm run docs:fields`), so the
 * editors' reference cannot drift from what the build accepts.
 */

/** A URL-safe identifier: lowercase letters and digits in words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What `npm run new` and `npm run import` write where a value is still to be filled in. */
export const TODO = 'TODO';

/** Whether a front-matter value is a placeholder left for an editor ("TODO", "TODO: write the dek"). */
export function isTodo(value: unknown): boolean {
  return typeof value === 'string' && /^TODO\b/.test(value.trim());
}

/** The message for a TODO placeholder: it names what the editor still has to write. */
const stillTodo = (expected: string) => `still a TODO placeholder; expected ${expected}`;

/** Documentation of one field, read by the EDITING.md generator (src/lib/editor/field-docs.ts). */
export interface FieldDoc {
  /** What the field is for, in one or two sentences for editors. */
  description: string;
  /** An example value as written in YAML front matter. */
  example?: string;
  /** How to describe the value's type when the schema alone cannot say (e.g. an image file). */
  kind?: string;
}

/** Attaches a field's documentation to its schema (Zod's global metadata registry). */
function doc<T extends z.ZodType>(schema: T, { description, example, kind }: FieldDoc): T {
  return schema.meta({
    description,
    ...(example === undefined ? {} : { examples: [example] }),
    ...(kind === undefined ? {} : { kind }),
  });
}

/** A slug field naming an entry of another collection; whether that entry exists is checked later, across files. */
const slugOf = (what: string) =>
  z.string({ error: `expected the slug of ${what}, e.g. "middle-east"` }).regex(SLUG_PATTERN, {
    error: (issue) =>
      isTodo(issue.input)
        ? stillTodo(`the slug of ${what}`)
        : `expected the slug of ${what}: lowercase letters, digits and single hyphens, e.g. "middle-east"`,
  });

/** Non-empty single-line text of at most `max` characters. */
const text = (what: string, max: number) =>
  z
    .string({ error: `expected ${what} as text` })
    .trim()
    .min(1, { error: `expected ${what}, but it is empty` })
    .max(max, { error: `expected ${what} of at most ${max} characters` })
    .refine((value) => !value.includes('\n'), { error: `expected ${what} on one line` })
    .refine((value) => !isTodo(value), { error: stillTodo(what) });

/** The days of each month of a year. */
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Whether a date written as text is one the calendar has: YAML parsers silently roll "2024-02-30" over into
 * March, so the date is checked as written. Text that is not a YAML date at all is left to the date check.
 */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2}):(\d{2}))?/.exec(text.trim());
  if (!match) return true;
  const [year, month, day, hour = 0, minute = 0, second = 0] = match
    .slice(1)
    .map((part: string | undefined) => (part === undefined ? 0 : Number(part)));
  return (
    month !== undefined &&
    day !== undefined &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysIn(year ?? 0, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59
  );
}

/** A date written as text, read the way YAML reads an unquoted date (UTC unless it gives an offset). */
function fromText(value: unknown): unknown {
  return typeof value === 'string' ? dateFromYamlText(value) : value;
}

/**
 * A calendar date: a YAML date (2024-01-18) or date-time (2024-01-18T09:30:00Z), quoted or not. The content
 * tools read front matter with dates left as text (src/lib/content/validate.ts), so an impossible date is
 * refused as written; the build checks those tools' verdict first (src/integrations/content-check.ts).
 */
const date = (what: string) =>
  z
    .unknown()
    .refine((value) => !isTodo(value), { error: stillTodo(`${what} as a date such as 2024-01-18`) })
    .refine((value) => typeof value !== 'string' || isCalendarDate(value), {
      error: (issue) =>
        `${String(issue.input).trim()} is not a calendar date; expected ${what} as a date such as 2024-01-18`,
    })
    .transform(fromText)
    .pipe(z.date({ error: `expected ${what} as a date such as 2024-01-18` }));

/**
 * Front-matter keys that were renamed, with how to write an old file's value under the new name. An old key is
 * an error that says exactly what to write instead (src/lib/content/validate.ts), never a second way to say it.
 */
export const RENAMED_KEYS: Readonly<Record<string, { to: string; write: (value: unknown) => string }>> = {
  author: {
    to: 'authors',
    write: (value) => `authors: [${typeof value === 'string' ? value : 'author-slug'}]`,
  },
};

/** Rejects unknown keys with a message naming them and listing the allowed ones. */
function strict<T extends z.core.$ZodLooseShape>(shape: T, renamed: typeof RENAMED_KEYS = {}) {
  const keys = Object.keys(shape);
  const allowed = keys.join(', ');
  const unknownKey = (key: string) => {
    const guess = nearest(key, keys);
    return guess ? `"${key}" (did you mean "${guess}"?)` : `"${key}"`;
  };
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      // A renamed key says what to write instead (src/lib/content/validate.ts reports it on its own line).
      const input: Record<string, unknown> = issue.input ?? {};
      const messages = issue.keys.flatMap((key) => {
        const rename = renamed[key];
        return rename ? [`"${key}" is now "${rename.to}"; expected ${rename.write(input[key])}`] : [];
      });
      const unknown = issue.keys.filter((key) => !(key in renamed));
      if (unknown.length > 0)
        messages.unshift(
          `unknown front-matter key ${unknown.map(unknownKey).join(', ')}; expected only: ${allowed}`,
        );
      return messages.join('; ');
    },
  });
}

/** A web address (http or https). */
const webUrl = () =>
  z.url({
    protocol: /^https?$/,
    error: 'expected a full web address starting with https://',
  });

/** The language a piece is written in: one of the site's languages, English when omitted. */
const language = (what: string) =>
  doc(
    z
      .enum(LANGUAGES, {
        error: (issue) => {
          const guess = typeof issue.input === 'string' ? nearest(issue.input, LANGUAGES) : undefined;
          return `expected the language of the ${what} as one of: ${LANGUAGES.join(', ')}${guess ? ` (did you mean "${guess}"?)` : ''}`;
        },
      })
      .default(DEFAULT_LANGUAGE),
    {
      description: `The language the ${what} is written in: ${LANGUAGES.join(' or ')}. It decides the address (\`ur\` is published under \`/ur/\`) and the language of everything around it.`,
      example: 'ur',
    },
  );

/** The original a translation translates: its slug, checked across files (rules.ts). */
const translationOf = (folder: string, example: string) =>
  doc(slugOf(`the original in ${folder}`).optional(), {
    description: `For a translation: the slug of the original, a file in \`${folder}\` in another language. The translation is published at the original’s address under its own language’s prefix, and the two pages link to each other.`,
    example,
  });

/** The languages other than the default, each optional: an author’s or tag’s names in them. */
const OTHER_LANGUAGES = LANGUAGES.filter(
  (lang): lang is Exclude<Lang, typeof DEFAULT_LANGUAGE> => lang !== DEFAULT_LANGUAGE,
);

/** `translations:` of an author or tag: for each other language, the fields in that language. */
function translations<Shape extends z.core.$ZodLooseShape>(shape: Shape, what: string) {
  return doc(
    strict(
      Object.fromEntries(
        OTHER_LANGUAGES.map((lang) => [
          lang,
          doc(strict(shape).optional(), { description: `The ${what} in ${languages[lang].englishName}.` }),
        ]),
      ) as Record<(typeof OTHER_LANGUAGES)[number], z.ZodOptional<ReturnType<typeof strict<Shape>>>>,
    ).default({}),
    {
      description: `The ${what} in the site’s other languages, by language code: an article in one of them needs its author and tags named in it (an Urdu article’s, under \`ur\`).`,
    },
  );
}

/**
 * Zod schemas cost a lot to build (about 4 ms for the whole article schema) and Astro calls the article schema
 * for every entry, to hand it an image() of its own: the fields that do not validate images are built once.
 */
let sharedFields: ReturnType<typeof articleFields> | undefined;

/** The article fields around the image ones, in the order of the front-matter table. */
function articleFields() {
  const first = {
    title: doc(text('a headline', 120), {
      description: 'The headline.',
      example: `'Iran’s Strikes in Pakistan: A Strategic Blunder'`,
    }),
    description: doc(text('a dek (summary)', 200), {
      description:
        'The dek: one or two sentences under the headline, also the summary in listings and search results.',
      example: `'Why the move cost Tehran more than it gained.'`,
    }),
    keyPoints: doc(
      z
        .array(text('a key point', 200), {
          error: 'expected a list of 2 to 5 key points, each one sentence',
        })
        .min(2, { error: 'expected at least 2 key points (or none)' })
        .max(5, { error: 'expected at most 5 key points' })
        .optional(),
      {
        description:
          'Two to five one-sentence points shown under the dek as “Key points”, also in the feeds’ summary and given to search engines as the abstract. Take them from the article’s own text.',
        example: `['Iran struck what it called militant bases in Pakistan.', 'Pakistan recalled its envoy.']`,
      },
    ),
    dateline: doc(
      z
        .preprocess(
          // `dateline: ISLAMABAD` is short for `dateline: { text: ISLAMABAD }`.
          (value) => (typeof value === 'string' ? { text: value } : value),
          strict({
            text: doc(text('the dateline', 60), {
              description: 'The dateline as printed, usually the place in capitals.',
              example: 'ISLAMABAD',
            }),
            place: doc(text('the place the article is about', 120).optional(), {
              description:
                'The place, written out for search engines (JSON-LD contentLocation); give the dateline as `text` then.',
              example: 'Islamabad, Pakistan',
            }),
          }),
        )
        .optional(),
      {
        description:
          'Where the article was filed from, shown in small capitals at the start of its first paragraph and given to search engines as its dateline. Write `dateline: ISLAMABAD`, or with the place written out, `dateline: { text: ISLAMABAD, place: Islamabad, Pakistan }`.',
        example: 'ISLAMABAD',
        kind: 'text, or the fields below',
      },
    ),
    kicker: doc(
      z.enum(site.kickers, {
        error: (issue) => {
          const expected = `a kicker, one of: ${site.kickers.join(', ')}`;
          if (isTodo(issue.input)) return stillTodo(expected);
          const guess = typeof issue.input === 'string' ? nearest(issue.input, site.kickers) : undefined;
          return `expected ${expected}${guess ? ` (did you mean "${guess}"?)` : ''}`;
        },
      }),
      { description: 'The label above the headline saying what kind of piece this is.', example: 'Analysis' },
    ),
    pubDate: doc(date('the publication date'), {
      description:
        'Publication date (or date and time, in UTC). An article dated in the future is published by the first build after that moment.',
      example: '2024-01-20',
    }),
    updatedDate: doc(date('the update date').optional(), {
      description:
        'Date of the last substantive update, never before `pubDate`; shows an “Updated” label. For a fix of an error, add a correction instead.',
      example: '2024-01-22',
    }),
    authors: doc(
      z
        .array(slugOf('an author in content/authors/'), {
          error: 'expected a list of 1 to 4 author slugs, e.g. [hadia-safeer]',
        })
        .min(1, { error: 'expected at least 1 author' })
        .max(4, { error: 'expected at most 4 authors' }),
      {
        description:
          'The byline: 1 to 4 author slugs, each the name of a file in `content/authors/` without `.yaml`, in the order the byline names them. Each author’s page, feed entries and search filter include the article.',
        example: '[hadia-safeer, dispatch-desk]',
      },
    ),
    tags: doc(
      z
        .array(slugOf('a tag in content/tags/'), { error: 'expected a list of tag slugs' })
        .min(1, { error: 'expected at least 1 tag' })
        .max(8, { error: 'expected at most 8 tags' }),
      {
        description: '1 to 8 tag slugs, each the name of a file in `content/tags/`.',
        example: '[iran, pakistan]',
      },
    ),
    related: doc(
      z
        .array(slugOf('an article in content/articles/'), {
          error: 'expected a list of article slugs',
        })
        .default([]),
      {
        description:
          'Slugs of related articles chosen by an editor, each the name of a file in `content/articles/`, shown first and in this order.',
        example: '[north-korea-new-years-threat]',
      },
    ),
    series: doc(slugOf('a series in content/series/').optional(), {
      description:
        'Slug of the series the article is part of: the name of a file in `content/series/` without `.yaml`. The article then shows “Part 2 of 4” with links to the parts before and after it, and is listed on the series page.',
      example: 'border-dispatches',
    }),
    seriesPart: doc(
      z
        .number({ error: 'expected the part number as a whole number, e.g. 2' })
        .int({ error: 'expected the part number as a whole number, e.g. 2' })
        .min(1, { error: 'expected a part number of 1 or more' })
        .optional(),
      {
        description:
          'The article’s place in its series (1 for the first part). Without it, parts take the free places in order of publication.',
        example: '2',
      },
    ),
    pinUntil: doc(
      date('the last day of the pin')
        .refine(
          (day) =>
            day.getUTCHours() === 0 &&
            day.getUTCMinutes() === 0 &&
            day.getUTCSeconds() === 0 &&
            day.getUTCMilliseconds() === 0,
          {
            error:
              'expected a day such as 2026-12-05, without a time: a pin ends when its last day ends (UTC)',
          },
        )
        .optional(),
      {
        description:
          'Pins the article to the top of the home page until the end of this day (UTC); at most 3 articles are pinned at any time. The first pin (the newest) leads the home page. After that day the next build lists the article in its place again.',
        example: '2026-12-05',
      },
    ),
  };
  const last = {
    corrections: doc(
      z
        .array(
          strict({
            date: doc(date('the date of the correction'), {
              description: 'When the correction was made; never before `pubDate`.',
              example: '2024-01-21',
            }),
            text: doc(text('the correction', 500), {
              description: 'What was wrong and what is right now, in one or two sentences.',
              example: 'An earlier version gave the wrong date for the Pakistani strikes.',
            }),
          }),
          { error: 'expected a list of corrections, each with a date and a text' },
        )
        .default([]),
      {
        description:
          'Corrections of errors, oldest first, shown as dated notes at the end of the article. The latest one also sets the date the article was last modified.',
      },
    ),
    sources: doc(
      z
        .array(
          strict({
            title: doc(text('the title of the source', 300), {
              description: 'Title of the document, report or page.',
              example: 'Press release on the strike in Balochistan',
            }),
            publisher: doc(text('the publisher of the source', 120).optional(), {
              description: 'Who published it.',
              example: 'Ministry of Foreign Affairs of Pakistan',
            }),
            url: doc(webUrl(), {
              description: 'Where readers can find it.',
              example: 'https://example.org/press-release',
            }),
            date: doc(date('the date of the source').optional(), {
              description: 'When it was published.',
              example: '2024-01-17',
            }),
          }),
          { error: 'expected a list of sources, each with a title and a url' },
        )
        .default([]),
      {
        description:
          'Sources the piece draws on, listed in a “Sources” section at the end of the article and given to search engines as its citations.',
      },
    ),
    draft: doc(z.boolean({ error: 'expected true or false' }).default(false), {
      description: 'A draft is shown by `npm run dev` only, with a “Draft” badge, and never published.',
      example: 'true',
    }),
    canonical: doc(webUrl().optional(), {
      description:
        'The address of the original, for a piece first published elsewhere (syndicated): the page’s canonical URL points there and the article stays out of the sitemaps. Omit for Dispatch’s own pieces.',
      example: 'https://example.org/news/the-original-story',
    }),
    lang: language('article'),
    translationOf: translationOf('content/articles/', 'iran-missile-strike-on-pakistani-territory'),
  };
  // The fields of hero and seo beside the images.
  const heroText = {
    alt: doc(text('alt text describing the image', 300), {
      description: 'What the image shows, for readers who cannot see it.',
      example: 'Map of the Iran–Pakistan border',
    }),
    caption: doc(text('a caption', 300).optional(), {
      description: 'Caption shown under the image.',
      example: 'The strikes of 16 and 18 January',
    }),
    credit: doc(text('a credit', 120).optional(), {
      description: 'Who made or owns the image.',
      example: 'Dispatch graphic',
    }),
  };
  const seoText = {
    title: doc(text('a search and social title', 70).optional(), {
      description:
        'The title for search results, social cards and structured data (`<title>`, OpenGraph, JSON-LD), when the headline does not suit them; the page keeps its headline.',
      example: `'Iran strikes Pakistan: what it means'`,
    }),
    description: doc(text('a search and social description', 200).optional(), {
      description:
        'The description for search results, social cards and structured data, when the dek does not suit them; the page keeps its dek.',
      example: `'Why Iran struck inside Pakistan, and what could come next.'`,
    }),
  };
  const seoImageAlt = doc(text('alt text describing the social image', 300).optional(), {
    description: 'What the social image shows; required with `image`.',
    example: 'Smoke over a border crossing',
  });
  return { first, last, heroText, seoText, seoImageAlt };
}

/**
 * The article schema. `imageSrc` is how the hero image's `src` is validated: Astro's `image()` in the build,
 * a relative-path check in the command-line tools.
 */
export function articleSchema<Src extends z.ZodType>(imageSrc: Src) {
  sharedFields ??= articleFields();
  return strict(
    {
      ...sharedFields.first,
      hero: doc(
        strict({
          src: doc(imageSrc, {
            description:
              'Path of the image file, relative to the article: keep it beside `index.md` in the article’s folder.',
            example: './hero.png',
            kind: 'image file (JPEG, PNG, WebP, AVIF)',
          }),
          ...sharedFields.heroText,
        }).optional(),
        { description: 'The lead image, shown under the headline.' },
      ),
      seo: doc(
        strict({
          ...sharedFields.seoText,
          image: doc(imageSrc.optional(), {
            description:
              'An image for social cards and structured data instead of the generated share card, cropped to 1200×630 by the build (give one at least that large). Keep it beside `index.md` in the article’s folder.',
            example: './social.jpg',
            kind: 'image file (JPEG, PNG, WebP, AVIF)',
          }),
          imageAlt: sharedFields.seoImageAlt,
        })
          .refine((seo) => seo.image === undefined || seo.imageAlt !== undefined, {
            path: ['imageAlt'],
            error: 'expected alt text describing the image: seo.image needs seo.imageAlt',
          })
          .refine((seo) => seo.imageAlt === undefined || seo.image !== undefined, {
            path: ['image'],
            error: 'expected an image for seo.imageAlt to describe, e.g. ./social.jpg',
          })
          .optional(),
        {
          description:
            'Per-article overrides for search engines and social sites: used in `<title>`, the meta description, OpenGraph and JSON-LD, while the page keeps its headline and dek.',
        },
      ),
      ...sharedFields.last,
    },
    RENAMED_KEYS,
  ).superRefine((article, ctx) => {
    if (article.updatedDate && article.updatedDate < article.pubDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['updatedDate'],
        message: 'expected a date on or after pubDate',
      });
    }
    if (article.pinUntil && article.pinUntil < article.pubDate) {
      ctx.addIssue({ code: 'custom', path: ['pinUntil'], message: 'expected a day on or after pubDate' });
    }
    if (article.pinUntil && article.draft) {
      ctx.addIssue({
        code: 'custom',
        path: ['pinUntil'],
        message: 'a draft cannot be pinned; expected no pinUntil on a draft (or draft: false to publish it)',
      });
    }
    if (article.seriesPart !== undefined && article.series === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['seriesPart'],
        message: 'a part number needs a series; expected series: <slug of a file in content/series/> too',
      });
    }
    article.corrections.forEach((correction, index) => {
      if (correction.date < article.pubDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['corrections', index, 'date'],
          message: 'expected a date on or after pubDate',
        });
      }
    });
  });
}

/** An author: a person or a desk that writes for the site. */
export const authorSchema = strict({
  name: doc(text('the author’s name', 80), {
    description: 'Display name as printed in bylines.',
    example: 'Hadia Safeer',
  }),
  bio: doc(text('a one-line bio', 300), {
    description: 'One-line biography shown under the author’s articles.',
    example: 'Writes on security in South Asia.',
  }),
  jobTitle: doc(text('a job title', 80).optional(), {
    description: 'The author’s role, shown on their page and given to search engines (JSON-LD jobTitle).',
    example: 'Correspondent, South Asia',
  }),
  knowsAbout: doc(
    z
      .array(text('a subject', 60), { error: 'expected a list of subjects, e.g. [Pakistan, Iran]' })
      .max(10, { error: 'expected at most 10 subjects' })
      .default([]),
    {
      description:
        'Subjects the author covers, shown on their page and given to search engines (JSON-LD knowsAbout).',
      example: '[Pakistan, Iran, Border security]',
    },
  ),
  links: doc(
    z
      .array(
        strict({
          label: doc(text('a link label', 40), { description: 'Link text.', example: 'Website' }),
          url: doc(webUrl(), { description: 'The address.', example: 'https://example.org' }),
        }),
      )
      .default([]),
    { description: 'Links to the author’s other presences on the web.' },
  ),
  translations: translations(
    {
      name: doc(text('the author’s name', 80), {
        description: 'The name in that language, as printed in its bylines.',
        example: 'ہادیہ سفیر',
      }),
      bio: doc(text('a one-line bio', 300), {
        description: 'The one-line biography in that language.',
        example: 'جنوبی ایشیا میں سلامتی پر لکھتی ہیں۔',
      }),
    },
    'author’s name and bio',
  ),
});

/** A tag: one entry of the controlled vocabulary; its file name is its slug. */
export const tagSchema = strict({
  name: doc(text('the tag’s display name', 60), {
    description: 'Display name.',
    example: 'Middle East',
  }),
  description: doc(text('a one-sentence description', 200), {
    description: 'One sentence saying what the tag covers.',
    example: 'Politics and security in the Middle East.',
  }),
  translations: translations(
    {
      name: doc(text('the tag’s display name', 60), {
        description: 'The display name in that language.',
        example: 'مشرقِ وسطیٰ',
      }),
      description: doc(text('a one-sentence description', 200), {
        description: 'The description in that language.',
        example: 'مشرقِ وسطیٰ کی سیاست اور سلامتی۔',
      }),
    },
    'tag’s name and description',
  ),
});

/** A series: articles published as numbered parts; its file name is its slug. */
export const seriesSchema = strict({
  title: doc(text('the series title', 120), {
    description: 'The series’ name, shown on every part (“Part 2 of 4 · <title>”) and on the series page.',
    example: 'Border Dispatches',
  }),
  description: doc(text('a description of the series', 300), {
    description: 'One or two sentences saying what the series covers, shown on the series pages.',
    example: 'Four reports from the Iran–Pakistan border.',
  }),
});

/** A standalone page such as the Data Protection Policy. */
export const pageSchema = strict({
  title: doc(text('a page title', 120), {
    description: 'The page title.',
    example: 'Data Protection Policy',
  }),
  description: doc(text('a description', 200), {
    description: 'Meta description, for search results.',
    example: 'How Dispatch handles personal data.',
  }),
  updatedDate: doc(date('the date of the last change'), {
    description: 'When the page last changed.',
    example: '2024-01-18',
  }),
  lang: language('page'),
  translationOf: translationOf('content/pages/', 'data-protection'),
});

export type ArticleData = z.output<ReturnType<typeof articleSchema<z.ZodType>>>;
export type AuthorData = z.output<typeof authorSchema>;
export type TagData = z.output<typeof tagSchema>;
export type SeriesData = z.output<typeof seriesSchema>;
export type PageData = z.output<typeof pageSchema>;
