import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema, authorSchema, pageSchema, seriesSchema, tagSchema } from './lib/content/schema.ts';
import { contentDir } from './config/env.ts';
import { bodiesOnDisk, entryBodiesDir } from './lib/content/loaders/bodies-on-disk.ts';
import { reloadedOnCodeChange } from './lib/content/loaders/code-version.ts';
import { markdownOnWorkers } from './lib/content/loaders/markdown-worker-pool.ts';
import { optionalFolder, seriesFolder } from './lib/content/loaders/optional-folder.ts';
import { relatedAhead } from './lib/content/loaders/related-ahead.ts';

/**
 * The collections, loaded from the top-level content folder (or DISPATCH_CONTENT_DIR).
 * An entry's id is its file name without extension: that is the slug and the URL.
 * Cross-references (author, tags, related) are plain slugs here and are checked by src/lib/content/query.ts,
 * because Astro's own reference() only logs a missing entry and lets the build pass. Before Astro reads any of
 * these files, the build runs the content check of `npm run content:check` on them (src/integrations/content-check.ts).
 */

/** `foo.md` and `foo/index.md` both give the id `foo`, so an article can keep its images in its own folder. */
const fileNameId = ({ entry }: { entry: string }) => entry.replace(/(?:\/index)?\.(?:md|ya?ml|json)$/, '');

// Articles are rendered on worker threads (src/lib/content/loaders/markdown-worker-pool.ts) and keep their bodies and rendered
// HTML on disk, out of the data store (src/lib/content/loaders/bodies-on-disk.ts): the two costs that grow with the archive.
// Once loaded, a build scores their related articles on a thread while Vite builds (./lib/content/loaders/related-ahead.ts).
const articles = defineCollection({
  loader: relatedAhead(
    bodiesOnDisk(
      markdownOnWorkers(
        glob({ pattern: ['*.md', '*/index.md'], base: `${contentDir}/articles`, generateId: fileNameId }),
      ),
      entryBodiesDir,
    ),
    entryBodiesDir,
  ),
  schema: ({ image }) => articleSchema(image()),
});

const authors = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/authors`, generateId: fileNameId }),
  schema: authorSchema,
});

const tags = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/tags`, generateId: fileNameId }),
  schema: tagSchema,
});

// A site may have no series: the folder is then absent, and the collection empty.
const series = defineCollection({
  loader: optionalFolder(
    glob({ pattern: '*.{yaml,yml}', base: seriesFolder, generateId: fileNameId }),
    seriesFolder,
  ),
  schema: seriesSchema,
});

const pages = defineCollection({
  loader: glob({ pattern: '*.md', base: `${contentDir}/pages`, generateId: fileNameId }),
  schema: pageSchema,
});

// Every entry is loaded again when the code that loads it changes (src/lib/content/loaders/code-version.ts).
export const collections = reloadedOnCodeChange({ articles, authors, tags, series, pages });
