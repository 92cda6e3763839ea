import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import yaml from 'js-yaml';

/**
 * The content as the browser tests need it to work out what pages should show, read straight from the
 * Markdown and YAML files: an independent derivation, not the site index the pages were built from.
 */

export interface PublishedArticle {
  slug: string;
  title: string;
  /** The dek. */
  description: string;
  authors: string[];
  tags: string[];
  pubDate: Date;
  draft: boolean;
  /** The language, English unless the front matter says otherwise. */
  lang: string;
  /** The slug of its address: the original's for a translation. */
  urlSlug: string;
}

/**
 * Published articles of a content folder in one language (no drafts, nothing dated after now), newest first:
 * each edition lists its own language's only.
 */
export function publishedArticles(dir = 'content', lang = 'en'): PublishedArticle[] {
  const folder = join(dir, 'articles');
  const files = readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile() && entry.name.endsWith('.md'))
      return [[entry.name.slice(0, -3), join(folder, entry.name)]];
    const index = join(folder, entry.name, 'index.md');
    return entry.isDirectory() && existsSync(index) ? [[entry.name, index]] : [];
  });
  return files
    .map(([slug = '', file = '']) => {
      const data = parseFrontmatter(readFileSync(file, 'utf8')).frontmatter as Record<string, unknown>;
      return {
        slug,
        title: String(data['title']),
        description: String(data['description']),
        authors: data['authors'] as string[],
        tags: data['tags'] as string[],
        pubDate: new Date(data['pubDate'] as string | Date),
        draft: data['draft'] === true,
        lang: typeof data['lang'] === 'string' ? data['lang'] : 'en',
        urlSlug: typeof data['translationOf'] === 'string' ? data['translationOf'] : slug,
      };
    })
    .filter((a) => a.lang === lang && !a.draft && a.pubDate.getTime() <= Date.now())
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || (a.slug < b.slug ? -1 : 1));
}

/** The display name in a tag's or author's YAML file, in a language (its `translations:` for another). */
export function nameOf(dir: string, kind: 'tags' | 'authors', slug: string, lang = 'en'): string {
  const data = yaml.load(readFileSync(join(dir, kind, `${slug}.yaml`), 'utf8')) as {
    name: string;
    translations?: Record<string, { name: string }>;
  };
  return lang === 'en' ? data.name : (data.translations?.[lang]?.name ?? data.name);
}
