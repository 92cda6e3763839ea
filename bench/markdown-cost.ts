import { satteri } from '@astrojs/markdown-satteri';
import type { MarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownProcessor } from '../src/config/markdown.ts';

/**
 * The cost of the Markdown pipeline alone: every article body rendered by a processor in this process,
 * one after another, as the build's content sync does. Measured for the processor the site uses (unified with
 * remark-gfm and the rehype plugins of src/config/markdown.ts) and, for comparison, Astro 7's default Sätteri.
 */

/** Seconds to render every body with `processor`. */
async function renderAll(processor: MarkdownProcessor, bodies: readonly string[]): Promise<number> {
  const renderer = await processor.createRenderer({ syntaxHighlight: false });
  const started = performance.now();
  for (const body of bodies) await renderer.render(body);
  return (performance.now() - started) / 1000;
}

export interface MarkdownCost {
  /** The site's pipeline. */
  unified: number;
  /** Astro's default processor, with its built-in GFM and heading ids. */
  satteri: number;
}

/** Render times of all bodies with the site's pipeline and with Sätteri, in seconds. */
export async function measureMarkdown(bodies: readonly string[]): Promise<MarkdownCost> {
  return {
    unified: await renderAll(markdownProcessor, bodies),
    satteri: await renderAll(satteri(), bodies),
  };
}
