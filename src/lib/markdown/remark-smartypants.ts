import type { Nodes, Parent, Root } from 'mdast';
import { retext } from 'retext';
import smartypants from 'retext-smartypants';
import { visit } from 'unist-util-visit';

/**
 * Smart punctuation ("quotes" → “quotes”, -- → —, ... → …), exactly as Astro's built-in `smartypants` option
 * (remark-smartypants 3.0.3, whose two passes this repeats), but without running retext where it cannot change
 * anything. remark-smartypants parses the whole text of an article with retext for the quotes, then every text
 * node again for dashes, ellipses and backticks; those parses were 40 % of rendering an article's Markdown. A text
 * without a quote character is left as it is by the first pass, and one without two dashes, two backticks, two
 * apostrophes or two dots apart only by punctuation or spaces is left as it is by the second (retext turns text
 * into a tree and back without losing a character), so those skip the parse. The output is the same byte for
 * byte: tests/unit/markdown/remark-smartypants.test.ts compares it with remark-smartypants itself.
 */

/** mdast nodes whose text starts fresh: the whole-text pass gets a space before them (as remark-smartypants). */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** The nodes remark-smartypants reads: literals that carry text, and the blocks above. */
const VISITED = new Set(['text', 'inlineCode', ...BLOCKS]);

/** Text the quotes pass may change: it rewrites only " and ' characters. */
const MAY_HAVE_QUOTES = /["']/;
/**
 * Text the second pass may change: "--" (dash), "``" and "''" (backtick quotes), and three dots in a row or with
 * spaces between them (ellipsis). The test allows more than that (two dots with any non-letters between); a
 * text it lets through is simply parsed as before.
 */
const MAY_HAVE_DASH_ELLIPSIS_OR_BACKTICKS = /--|``|''|\.[^\p{L}\p{N}]*\./u;

type Literal = Extract<Nodes, { value: string }>;
const isLiteral = (node: Nodes): node is Literal => 'value' in node && typeof node.value === 'string';

/** remark plugin: smart quotes, dashes and ellipses in the text of a Markdown document. */
export default function remarkSmartypants() {
  const quotes = retext().use(smartypants, { ellipses: false, dashes: false, backticks: false });
  const rest = retext().use(smartypants, { quotes: false });
  return (tree: Root) => {
    const nodes: Nodes[] = [];
    let allText = '';
    visit(tree, (node: Nodes, _index, parent: Parent | undefined) => {
      if (!parent || !VISITED.has(node.type)) return;
      if (isLiteral(node)) allText += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
      else if (BLOCKS.has(node.type)) allText += ' ';
      else return;
      nodes.push(node);
    });
    if (MAY_HAVE_QUOTES.test(allText)) allText = quotes.processSync(allText).toString();
    let start = 0;
    for (const node of nodes) {
      if (!isLiteral(node)) {
        start += 1; // the space added before a block
        continue;
      }
      const end = start + node.value.length;
      if (node.type === 'text') {
        const text = allText.slice(start, end);
        node.value = MAY_HAVE_DASH_ELLIPSIS_OR_BACKTICKS.test(text)
          ? rest.processSync(text).toString()
          : text;
      }
      start = end;
    }
  };
}
