import { z } from 'astro/zod';

/**
 * Site-wide settings, in one place. Pure data: this module is read by the Astro build
 * and by the editors' command-line tools alike, so it must not touch Vite's `import.meta.env.*`.
 * The public URL and base path come from the environment (see astro.config.mjs). What differs by language
 * (the site's name and description, the copyright holder, locale and reading speed) is in
 * src/config/languages.ts and each language's dictionary (src/lib/i18n/).
 */
const siteSchema = z.strictObject({
  /** The year the publication started, for the copyright line. */
  foundingYear: z.number().int().min(1900),
  /** Articles per listing page (home, tag and author pages). */
  pageSize: z.number().int().positive(),
  /** The kickers an editor may use: the label above a headline saying what kind of piece it is. */
  kickers: z.array(z.string().min(1)).min(1),
  /** The repository of the site's source: every article's "Suggest a correction" link edits its file there. */
  repository: z.strictObject({ url: z.url({ protocol: /^https$/ }), branch: z.string().min(1) }),
});

export type SiteConfig = z.infer<typeof siteSchema>;

export const site: SiteConfig = siteSchema.parse({
  foundingYear: 2024,
  pageSize: 20,
  kickers: ['News', 'Analysis', 'Opinion', 'Explainer', 'Report', 'Interview', 'Review'],
  repository: { url: 'https://github.com/dispatch-news/dispatch', branch: 'main' },
});
