import type { Element, ElementContent, Root, RootContent } from 'hast';

/**
 * A rehype plugin for the images in an article's Markdown:
 * - an image alone in its paragraph with a title, `![alt](./map.png "Caption")`, becomes
 *   `<figure><img alt="alt"><figcaption>Caption</figcaption></figure>`;
 * - every local image (a path beside the article) is given the widths and `sizes` from which Astro's image
 *   pipeline, which runs after this plugin, builds a responsive `srcset`. Astro already sets width, height,
 *   lazy loading and WebP for them; without widths it gives a single size.
 */

export interface FigureOptions {
  /** Widths, in pixels, of the resized copies (those wider than the original are skipped by Astro). */
  widths: readonly number[];
  /** The `sizes` attribute: how wide the image is shown at each viewport width. */
  sizes: string;
}

/** A path relative to the Markdown file, which Astro's image pipeline optimises (not a URL, not a site path). */
export function isLocalImage(src: unknown): src is string {
  return typeof src === 'string' && src !== '' && !/^[a-z][a-z0-9+.-]*:|^\/|^#/i.test(src);
}

const isBlank = (node: ElementContent) => node.type === 'text' && node.value.trim() === '';

/** The image, when a paragraph holds nothing else. */
function loneImage(paragraph: Element): Element | undefined {
  const content = paragraph.children.filter((child) => !isBlank(child));
  const only = content.length === 1 ? content[0] : undefined;
  return only?.type === 'element' && only.tagName === 'img' ? only : undefined;
}

function figureOf(image: Element, caption: string): Element {
  // The title became the caption; left on the image it would repeat as a tooltip.
  const properties = { ...image.properties };
  delete properties['title'];
  return {
    type: 'element',
    tagName: 'figure',
    properties: {},
    children: [
      { ...image, properties },
      {
        type: 'element',
        tagName: 'figcaption',
        properties: {},
        children: [{ type: 'text', value: caption }],
      },
    ],
  };
}

function transform(nodes: RootContent[] | ElementContent[], options: FigureOptions): void {
  nodes.forEach((node, index) => {
    if (node.type !== 'element') return;
    if (node.tagName === 'img' && isLocalImage(node.properties['src'])) {
      // Read by Astro's image pipeline as getImage()'s `widths` (a list of numbers), never written to the HTML;
      // hast types `widths` as the text of an old SVG attribute, hence the cast.
      (node.properties as Record<string, unknown>)['widths'] = [...options.widths];
      node.properties['sizes'] = options.sizes;
    }
    transform(node.children, options);
    const image = node.tagName === 'p' ? loneImage(node) : undefined;
    const title = image?.properties['title'];
    if (image && typeof title === 'string' && title.trim() !== '')
      nodes[index] = figureOf(image, title.trim());
  });
}

/** The plugin: `rehypePlugins: [[rehypeFigures, { widths, sizes }]]`. */
export function rehypeFigures(options: FigureOptions) {
  return (tree: Root): void => {
    transform(tree.children, options);
  };
}
