import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import upstream from 'remark-smartypants';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import remarkSmartypants from '../../../src/lib/markdown/remark-smartypants.ts';

/** The Markdown's syntax tree after a smart-punctuation plugin (with GFM, as the site parses it). */
function transformed(markdown: string, plugin: typeof remarkSmartypants): Root {
  const processor = unified().use(remarkParse).use(remarkGfm).use(plugin);
  return processor.runSync(processor.parse(markdown)) as Root;
}

const ours = (markdown: string) => transformed(markdown, remarkSmartypants);
// Astro's built-in `smartypants` option is remark-smartypants with no options.
const theirs = (markdown: string) => transformed(markdown, upstream as unknown as typeof remarkSmartypants);

/** A seeded pseudo-random generator (mulberry32), so that a failure can be reproduced. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('remark-smartypants (the fast copy)', () => {
  it('turns quotes, dashes, ellipses and backtick quotes into typographic ones', () => {
    const tree = ours("\"Hi,\" she said -- it's the '80s... ``Really'' . . . yes");
    expect(JSON.stringify(tree)).toContain('“Hi,” she said — it’s the ’80s… “Really” … yes');
  });

  it('leaves code, and text with nothing to change, as it is', () => {
    const tree = ours('Plain words, no marks. `code "quoted" -- here`');
    const paragraph = tree.children[0];
    expect(paragraph?.type === 'paragraph' && paragraph.children).toEqual([
      expect.objectContaining({ type: 'text', value: 'Plain words, no marks. ' }),
      expect.objectContaining({ type: 'inlineCode', value: 'code "quoted" -- here' }),
    ]);
  });

  it.each([
    'He said, "\'Quoted\' words in a larger quote."',
    '"A quote across **bold** and [a link](https://example.com)," she wrote.',
    '# "Heading" -- with a dash\n\n| a "b" | c -- d |\n| --- | --- |\n| e... | \'f\' |',
    "Rock 'n' roll in the '90s; dots . . . spaced and ... unspaced; ---triple; ``back'' ticks",
    '> "Block quote"\n\n- "item" one...\n- it\'s two -- ok\n\n1. `"code"` then "text"',
    'Footnote[^1] "here".\n\n[^1]: A "note" -- indeed...',
    'U.S. e.g. i.e. 3.5.1 .. .\u00a0. .\t.\n. .\u0085. ...',
  ])('gives the same tree as remark-smartypants: %s', (markdown) => {
    expect(ours(markdown)).toEqual(theirs(markdown));
  });

  it('gives the same tree as remark-smartypants on 600 random texts of punctuation, spaces and words', () => {
    const pieces = [
      'a',
      'word',
      'I',
      '80s',
      's',
      ' ',
      '  ',
      '\n',
      '\n\n',
      '\t',
      '\u00a0',
      '\u0085',
      '.',
      '..',
      '...',
      '-',
      '--',
      '---',
      '`',
      '``',
      "'",
      "''",
      '"',
      ',',
      ';',
      '!',
      '?',
      '(',
      ')',
      '*',
      '_',
      '**',
      '[',
      '](/x)',
      '#',
      '> ',
      '- ',
      '|',
      '…',
      '—',
      '’',
    ];
    const next = random(14);
    for (let i = 0; i < 600; i++) {
      const markdown = Array.from(
        { length: 1 + Math.floor(next() * 40) },
        () => pieces[Math.floor(next() * pieces.length)],
      ).join('');
      expect(ours(markdown), JSON.stringify(markdown)).toEqual(theirs(markdown));
    }
  }, 60_000);
});
