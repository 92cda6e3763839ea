import { describe, expect, test } from 'vitest';
import { tableOfContents, type Heading } from '../../../src/lib/markdown/toc.ts';

const h = (depth: number, text: string): Heading => ({
  depth,
  text,
  slug: text.toLowerCase().replace(/\s+/g, '-'),
});

describe('tableOfContents', () => {
  test('lists sections with their subsections when there are at least three sections', () => {
    const toc = tableOfContents([h(2, 'What happened'), h(3, 'The strike'), h(2, 'Why'), h(2, 'What next')]);
    expect(toc).toEqual([
      {
        slug: 'what-happened',
        text: 'What happened',
        children: [{ slug: 'the-strike', text: 'The strike', children: [] }],
      },
      { slug: 'why', text: 'Why', children: [] },
      { slug: 'what-next', text: 'What next', children: [] },
    ]);
  });

  test('gives none to an article with two sections, however many subsections', () => {
    expect(tableOfContents([h(2, 'One'), h(3, 'a'), h(3, 'b'), h(3, 'c'), h(2, 'Two')])).toEqual([]);
  });

  test('does not count the footnotes label as a section', () => {
    const headings = [h(2, 'One'), h(2, 'Two'), { depth: 2, slug: 'footnote-label', text: 'Footnotes' }];
    expect(tableOfContents(headings)).toEqual([]);
  });

  test('leaves out headings below h3', () => {
    const toc = tableOfContents([h(2, 'One'), h(4, 'Deep'), h(2, 'Two'), h(2, 'Three')]);
    expect(toc.flatMap((e) => [e.slug, ...e.children.map((c) => c.slug)])).toEqual(['one', 'two', 'three']);
  });
});
