import { fromHtml } from 'hast-util-from-html';
import type { Definition, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * What the content rules read in an article's Markdown body, from its parsed tree as the build's Markdown
 * pipeline sees it (remark with GFM): its images and whether it has any text. Code spans and code blocks are
 * text, so an `<img>` quoted in them is not an image. Parsing costs a few milliseconds a body, so each question
 * first tries a plain scan that settles the common case (no image; an ordinary paragraph) without parsing.
 */

/** One image of a body. */
export interface BodyImage {
  /** The address as written (empty when an `<img>` has none). */
  src: string;
  /** The alt text, trimmed; empty when there is none. */
  alt: string;
  /** 1-based line in the body. */
  line: number;
  /** For `![alt][label]` with no `[label]: src` definition (printed as text): the label. */
  undefinedReference?: string;
}

const parser = unified().use(remarkParse).use(remarkGfm);
const parse = (body: string): Root => parser.parse(body);

/** Whether a body can hold an image at all: parsing is skipped for the many that cannot. */
export function mayHaveImages(body: string): boolean {
  return body.includes('![') || /<img\b/i.test(body);
}

/** The images of a Markdown body, in document order. */
export function bodyImages(body: string): BodyImage[] {
  if (!mayHaveImages(body)) return [];
  const tree = parse(body);
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => {
    // The first definition of a label wins, as in CommonMark.
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  const images: BodyImage[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'image') images.push({ src: node.url, alt: node.alt?.trim() ?? '', line });
    else if (node.type === 'imageReference') {
      images.push({ src: definitions.get(node.identifier)?.url ?? '', alt: node.alt?.trim() ?? '', line });
    } else if (node.type === 'text') {
      // Without its definition a reference image is not parsed as one: it would be printed as text.
      for (const match of node.value.matchAll(/!\[([^\]]*)\]\[([^\]]*)\]/g))
        images.push({
          src: '',
          alt: match[1]?.trim() ?? '',
          line,
          undefinedReference: match[2] || match[1] || '',
        });
    } else if (node.type === 'html' && /<img\b/i.test(node.value)) {
      visit(fromHtml(node.value, { fragment: true }), 'element', (element) => {
        if (element.tagName !== 'img') return;
        const { src, alt } = element.properties;
        images.push({
          src: typeof src === 'string' ? src : '',
          alt: typeof alt === 'string' ? alt.trim() : '',
          line: line + (element.position?.start.line ?? 1) - 1,
        });
      });
    }
  });
  return images;
}

/** Whether an image address points at a file beside the article (not a web address or a site path). */
export function isLocalImage(src: string): boolean {
  return src !== '' && !/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(src);
}

/** A line that can only be the start of a paragraph: text not indented as code and not a block's marker. */
const PARAGRAPH_LINE = /^ {0,3}(?![0-9]+[.)](?:\s|$))[\p{L}\p{N}"'“‘(*_]/u;
const FENCE = /^ {0,3}(?:`{3,}|~{3,})/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)\s*$/;

/**
 * Whether a body has at least one paragraph of text: a heading, a list of links, an image or a code block alone
 * is not an article. Checked in the parsed tree unless a plain line of text outside code settles it first.
 */
export function hasParagraph(body: string): boolean {
  const lines = body.replace(/<!--[\s\S]*?-->/g, '').split('\n');
  let inFence = false;
  for (const [i, line] of lines.entries()) {
    if (FENCE.test(line)) inFence = !inFence;
    else if (!inFence && PARAGRAPH_LINE.test(line) && !SETEXT_UNDERLINE.test(lines[i + 1] ?? '')) return true;
  }
  let found = false;
  visit(parse(body), 'paragraph', (paragraph) => {
    visit(paragraph, 'text', (text) => {
      if (/[\p{L}\p{N}]/u.test(text.value)) found = true;
    });
  });
  return found;
}
