import { z } from 'astro/zod';

/**
 * Settings for how the site is published and found: feeds, the news sitemap, social metadata.
 * Pure data (no `import.meta.env.*`), read by the build and by the tests alike.
 */
const publishingSchema = z.strictObject({
  /** Newest articles in each feed (site-wide and per tag). Feeds carry full text, so this bounds their size. */
  feedItems: z.number().int().positive(),
  /** Google News sitemaps list only articles published within this many hours before the build. */
  newsWindowHours: z.number().int().positive(),
  /** Google's limit on URLs in one news sitemap. */
  newsMaxUrls: z.number().int().positive().max(1000),
  /** The site's X (Twitter) account, e.g. "@dispatch", for `twitter:site`; omitted when undefined. */
  twitterSite: z
    .string()
    .regex(/^@\w{1,15}$/)
    .optional(),
  /**
   * The standards pages the site's NewsMediaOrganization JSON-LD links to, by schema.org property: the slug of
   * a page in content/pages/ for each. A page that does not exist is left out (src/lib/content/standards.ts).
   */
  standardsPages: z.strictObject({
    publishingPrinciples: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    correctionsPolicy: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    ethicsPolicy: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    masthead: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    actionableFeedbackPolicy: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  }),
});

export type PublishingConfig = z.infer<typeof publishingSchema>;

export const publishing: PublishingConfig = publishingSchema.parse({
  feedItems: 20,
  newsWindowHours: 48,
  newsMaxUrls: 1000,
  standardsPages: {
    publishingPrinciples: 'publishing-principles',
    correctionsPolicy: 'corrections-policy',
    ethicsPolicy: 'ethics-policy',
    masthead: 'masthead',
    actionableFeedbackPolicy: 'feedback-policy',
  },
});
