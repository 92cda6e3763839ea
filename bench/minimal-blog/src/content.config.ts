import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** The articles of a Dispatch content folder (DISPATCH_CONTENT_DIR; the project's own by default) as posts. */
const contentDir = process.env.DISPATCH_CONTENT_DIR ?? '../../content';

const posts = defineCollection({
  loader: glob({ pattern: '**/*.md', base: `${contentDir}/articles` }),
  // Only what the pages show; the other front matter fields are dropped.
  schema: z.object({
    title: z.string(),
    description: z.string(),
    pubDate: z.coerce.date(),
    // Dispatch does not publish drafts (1 % of the generated corpus): the blog leaves them out too.
    draft: z.boolean().default(false),
  }),
});

export const collections = { posts };
