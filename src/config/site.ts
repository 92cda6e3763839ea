import { z } from 'astro/zod';

/**
 * Site-wide settings, in one place. Pure data: this module is read by the Astro build
 * and by the editors' command-line tools alike, so it must not touch `import.meta.env`.
 * The public URL and base path come from the environment (see astro.config.mjs).
 */
const siteSchema = z.strictObject({
  /** The publication's name, shown in the header, titles and feeds. */
  name: z.string().min(1),
  /** One sentence about the publication, used as the home page's meta description. */
  description: z.string().min(1).max(200),
  /** BCP 47 language tag of the content, for `<html lang>` and date formatting. */
  locale: z.string().min(2),
  /** Holder named in the footer's copyright line. */
  copyrightHolder: z.string().min(1),
  /** The year the publication started, for the copyright line. */
  foundingYear: z.number().int().min(1900),
  /** Articles per listing page (home, tag and author pages). */
  pageSize: z.number().int().positive(),
  /** Reading speed used for the "N min read" label, in words per minute. */
  wordsPerMinute: z.number().int().positive(),
  /** The kickers an editor may use: the label above a headline saying what kind of piece it is. */
  kickers: z.array(z.string().min(1)).min(1),
  /** The repository of the site's source: every article's "Suggest a correction" link edits its file there. */
  repository: z.strictObject({ url: z.url({ protocol: /^https$/ }), branch: z.string().min(1) }),
});

export type SiteConfig = z.infer<typeof siteSchema>;

export const site: SiteConfig = siteSchema.parse({
  name: 'Dispatch',
  description:
    'Dispatch publishes clear, sourced analysis of security and diplomacy across South Asia, the Middle East and beyond.',
  locale: 'en-GB',
  copyrightHolder: 'Dispatch',
  foundingYear: 2024,
  pageSize: 20,
  wordsPerMinute: 230,
  kickers: ['News', 'Analysis', 'Opinion', 'Explainer', 'Report', 'Interview', 'Review'],
  repository: { url: 'https://github.com/dispatch-news/dispatch', branch: 'main' },
});
