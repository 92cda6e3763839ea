import { z } from 'astro/zod';
import { site } from '../config/site.ts';

/**
 * Front-matter schemas for everything under `content/`. Pure Zod, with no Astro import, so that the
 * build (src/content.config.ts) and the editors' `content:check` command validate with the very same rules.
 * Every message says what was expected, because editors read them, not programmers.
 */

/** A URL-safe identifier: lowercase letters and digits in words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug field naming an entry of another collection; whether that entry exists is checked later, across files. */
const slugOf = (what: string) =>
  z.string({ error: `expected the slug of ${what}, e.g. "middle-east"` }).regex(SLUG_PATTERN, {
    error: `expected the slug of ${what}: lowercase letters, digits and single hyphens, e.g. "middle-east"`,
  });

/** Non-empty single-line text of at most `max` characters. */
const text = (what: string, max: number) =>
  z
    .string({ error: `expected ${what} as text` })
    .trim()
    .min(1, { error: `expected ${what}, but it is empty` })
    .max(max, { error: `expected ${what} of at most ${max} characters` })
    .refine((value) => !value.includes('\n'), { error: `expected ${what} on one line` });

/** A calendar date; YAML dates (2024-01-18) and ISO date-times are accepted. */
const date = (what: string) => z.coerce.date({ error: `expected ${what} as a date such as 2024-01-18` });

/** Rejects unknown keys with a message naming them and listing the allowed ones. */
function strict<T extends z.core.$ZodLooseShape>(shape: T) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown front-matter key ${issue.keys.map((k) => `"${k}"`).join(', ')}; expected only: ${allowed}`
        : undefined,
  });
}

/** A web address (http or https). */
const webUrl = z.url({
  protocol: /^https?$/,
  error: 'expected a full web address starting with https://',
});

/**
 * The article schema. `imageSrc` is how the hero image's `src` is validated: Astro's `image()` in the build,
 * a relative-path check in the command-line tools.
 */
export function articleSchema<Src extends z.ZodType>(imageSrc: Src) {
  return strict({
    /** The headline. */
    title: text('a headline', 120),
    /** The dek: one or two sentences under the headline, also the meta description. */
    description: text('a dek (summary)', 200),
    /** The label above the headline saying what kind of piece this is. */
    kicker: z.enum(site.kickers, {
      error: `expected a kicker, one of: ${site.kickers.join(', ')}`,
    }),
    /** Publication date. Articles dated in the future wait for a build after that date. */
    pubDate: date('the publication date'),
    /** Date of the last substantive update; never before pubDate. */
    updatedDate: date('the update date').optional(),
    /** Slug of the author (a file in content/authors/). */
    author: slugOf('an author in content/authors/'),
    /** Slugs of 1 to 8 tags (files in content/tags/). */
    tags: z
      .array(slugOf('a tag in content/tags/'), { error: 'expected a list of tag slugs' })
      .min(1, { error: 'expected at least 1 tag' })
      .max(8, { error: 'expected at most 8 tags' }),
    /** Slugs of related articles chosen by an editor, shown first and in this order. */
    related: z
      .array(slugOf('an article in content/articles/'), {
        error: 'expected a list of article slugs',
      })
      .default([]),
    /** The lead image, with required alt text. */
    hero: strict({
      /** Path of the image file, relative to the article. */
      src: imageSrc,
      /** Text that says what the image shows, for readers who cannot see it. */
      alt: text('alt text describing the image', 300),
      /** Caption shown under the image. */
      caption: text('a caption', 300).optional(),
      /** Who took or owns the image. */
      credit: text('a credit', 120).optional(),
    }).optional(),
    /** A draft is shown by `npm run dev` only, never published. */
    draft: z.boolean({ error: 'expected true or false' }).default(false),
    /**
     * The address of the original, for a piece first published elsewhere (syndicated): the page's canonical
     * URL points there and the article stays out of the sitemaps. Omit for Dispatch's own pieces.
     */
    canonical: webUrl.optional(),
  }).superRefine((article, ctx) => {
    if (article.updatedDate && article.updatedDate < article.pubDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['updatedDate'],
        message: 'expected a date on or after pubDate',
      });
    }
  });
}

/** An author: a person or a desk that writes for the site. */
export const authorSchema = strict({
  /** Display name as printed in bylines. */
  name: text('the author’s name', 80),
  /** One-line biography shown under the author's articles. */
  bio: text('a one-line bio', 300),
  /** Links to the author's other presences on the web. */
  links: z
    .array(
      strict({
        /** Link text, e.g. "Website". */
        label: text('a link label', 40),
        /** The address. */
        url: webUrl,
      }),
    )
    .default([]),
});

/** A tag: one entry of the controlled vocabulary; its file name is its slug. */
export const tagSchema = strict({
  /** Display name, e.g. "Middle East". */
  name: text('the tag’s display name', 60),
  /** One sentence saying what the tag covers. */
  description: text('a one-sentence description', 200),
});

/** A standalone page such as the Data Protection Policy. */
export const pageSchema = strict({
  /** The page title. */
  title: text('a page title', 120),
  /** Meta description. */
  description: text('a description', 200),
  /** When the page last changed. */
  updatedDate: date('the date of the last change'),
});

export type ArticleData = z.output<ReturnType<typeof articleSchema<z.ZodType>>>;
export type AuthorData = z.output<typeof authorSchema>;
export type TagData = z.output<typeof tagSchema>;
export type PageData = z.output<typeof pageSchema>;
