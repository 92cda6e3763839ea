import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the editors' tools need to know about an existing content folder: which slugs are taken and
 * which authors and tags exist, read from file names, as the build reads them.
 */

/** Slugs of the YAML files in a folder (`content/authors/`, `content/tags/`). */
export function dataSlugs(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .flatMap((name) => /^(.*)\.ya?ml$/.exec(name)?.[1] ?? [])
    .sort();
}

/** The article file for a slug, if one exists (`<slug>.md` or `<slug>/index.md`). */
export function existingArticle(contentDir: string, slug: string): string | undefined {
  return [join(contentDir, 'articles', `${slug}.md`), join(contentDir, 'articles', slug, 'index.md')].find(
    (file) => existsSync(file),
  );
}
