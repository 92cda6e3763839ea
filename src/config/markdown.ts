import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import remarkGfm from 'remark-gfm';
import { rehypeDateline } from '../lib/markdown/rehype-dateline.ts';
import { rehypeFigures } from '../lib/markdown/rehype-figures.ts';
import remarkSmartypants from '../lib/markdown/remark-smartypants.ts';

/**
 * The Markdown pipeline: unified (remark → rehype) rather than Astro 7's default Sätteri processor,
 * because only unified runs the remark/rehype plugins below.
 */

/** The anchor link placed after each heading: a visible "#" and a name for screen readers. */
function anchorContent(heading: Element): ElementContent[] {
  return [
    {
      type: 'element',
      tagName: 'span',
      properties: { ariaHidden: 'true' },
      children: [{ type: 'text', value: '#' }],
    },
    {
      type: 'element',
      tagName: 'span',
      properties: { className: ['sr-only'] },
      children: [{ type: 'text', value: `Link to the section “${toString(heading)}”` }],
    },
  ];
}

export const markdownProcessor = unified({
  // GFM comes from remark-gfm itself (not the processor's built-in switch) so that its options are ours.
  gfm: false,
  // Smart punctuation from our copy of Astro's built-in pass, which skips the text it cannot change (same output).
  smartypants: false,
  remarkPlugins: [remarkSmartypants, remarkGfm],
  rehypePlugins: [
    // Heading ids first: the anchor links below point at them.
    rehypeHeadingIds,
    [
      rehypeAutolinkHeadings,
      {
        // The link sits beside the heading, not inside it, so the heading's accessible name stays its text.
        behavior: 'after',
        group: () => ({
          type: 'element',
          tagName: 'div',
          properties: { className: ['heading'] },
          children: [],
        }),
        // The anchor's text ("Link to the section …") is not part of the article: keep it out of search.
        properties: { className: ['heading-anchor'], dataPagefindIgnore: '' },
        content: anchorContent,
        test: ['h2', 'h3', 'h4', 'h5', 'h6'],
      },
    ],
    [rehypeExternalLinks, { rel: ['noopener'] }],
    // Captioned images become figures, and local images get a responsive srcset (the text column is 38rem wide).
    [rehypeFigures, { widths: [400, 800, 1200], sizes: '(min-width: 42rem) 38rem, 94vw' }],
    // The dateline, from the front matter, opens the first paragraph.
    // What stands between a dateline and the first words: "ISLAMABAD — Iran and Pakistan…" (any script).
    [rehypeDateline, { separator: ' — ' }],
  ],
});
