/**
 * The "In this article" table of contents, built from the headings Astro's render() returns. Only articles
 * with enough sections get one: a short piece needs no map.
 */

/** A heading as Astro's render() gives it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  /** Subsections (h3) of a section (h2). */
  children: readonly TocEntry[];
}

export interface TocOptions {
  /** Fewest sections (h2) an article needs to get a table of contents. */
  minSections: number;
}

// remark-gfm's label of the footnotes section: a heading for screen readers, not a section of the article.
const IGNORED = new Set(['footnote-label']);

/** Sections (h2) with their subsections (h3); empty when the article has fewer than `minSections` sections. */
export function tableOfContents(
  headings: readonly Heading[],
  options: TocOptions = { minSections: 3 },
): TocEntry[] {
  const entries: { slug: string; text: string; children: TocEntry[] }[] = [];
  for (const { depth, slug, text } of headings) {
    if (IGNORED.has(slug)) continue;
    if (depth === 2) entries.push({ slug, text, children: [] });
    else if (depth === 3) {
      const parent = entries.at(-1);
      if (parent) parent.children.push({ slug, text, children: [] });
      else entries.push({ slug, text, children: [] });
    }
  }
  const sections = headings.filter((h) => h.depth === 2 && !IGNORED.has(h.slug)).length;
  return sections >= options.minSections ? entries : [];
}
