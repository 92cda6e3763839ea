import type { Element, Root } from 'hast';

/**
 * A rehype plugin that opens an article's first paragraph with its dateline, from the front matter
 * (`dateline: ISLAMABAD`, or `dateline: { text: ISLAMABAD, place: … }`):
 * `<p><span class="dateline">ISLAMABAD</span> — The text…</p>`. In the Markdown pipeline, so that the page, the
 * feeds and the search index all carry it. The span's small capitals are the article page's CSS.
 */

export interface DatelineOptions {
  /** What stands between the dateline and the text, e.g. " — ". */
  separator: string;
}

/** The dateline's text, from either form of the front-matter field. */
export function datelineText(value: unknown): string | undefined {
  const text = typeof value === 'object' && value !== null ? (value as { text?: unknown }).text : value;
  return typeof text === 'string' && text.trim() !== '' ? text.trim() : undefined;
}

/** The plugin: `[rehypeDateline, { separator: ' — ' }]`. */
export function rehypeDateline({ separator }: DatelineOptions) {
  // The file's data is where Astro's Markdown pipeline keeps the front matter.
  return (tree: Root, file: { data: { astro?: { frontmatter?: Record<string, unknown> } } }): void => {
    const frontmatter = file.data.astro?.frontmatter;
    const text = datelineText(frontmatter?.['dateline']);
    if (text === undefined) return;
    const paragraph = tree.children.find(
      (node): node is Element => node.type === 'element' && node.tagName === 'p',
    );
    if (!paragraph) return;
    paragraph.children.unshift(
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['dateline'] },
        children: [{ type: 'text', value: text }],
      },
      { type: 'text', value: separator },
    );
  };
}
