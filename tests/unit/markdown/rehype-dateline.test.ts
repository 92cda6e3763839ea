import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { datelineText, rehypeDateline } from '../../../src/lib/markdown/rehype-dateline.ts';

/** The plugin in Astro's own Markdown pipeline, with the front matter Astro hands it. */
async function render(markdown: string, frontmatter: Record<string, unknown>) {
  const processor = await createMarkdownProcessor({
    rehypePlugins: [[rehypeDateline, { separator: ' — ' }]],
  });
  return (await processor.render(markdown, { frontmatter })).code;
}

describe('rehypeDateline', () => {
  test('opens the first paragraph with the dateline and the separator', async () => {
    const html = await render('The first words.\n\nThe second paragraph.', { dateline: 'ISLAMABAD' });
    expect(html).toBe(
      '<p><span class="dateline">ISLAMABAD</span> — The first words.</p>\n<p>The second paragraph.</p>',
    );
  });

  test('takes the text of the long form, and skips a heading or an image to find the first paragraph', async () => {
    const html = await render('## A heading\n\nThe first words.', {
      dateline: { text: 'GWADAR', place: 'Gwadar, Pakistan' },
    });
    expect(html).toContain('<p><span class="dateline">GWADAR</span> — The first words.</p>');
    expect(html).not.toContain('Gwadar, Pakistan');
  });

  test('changes nothing in an article without a dateline', async () => {
    expect(await render('The first words.', {})).toBe('<p>The first words.</p>');
  });
});

describe('datelineText', () => {
  test('reads either form of the field, and nothing from an empty one', () => {
    expect(datelineText('ISLAMABAD')).toBe('ISLAMABAD');
    expect(datelineText({ text: 'GWADAR', place: 'Gwadar' })).toBe('GWADAR');
    expect(datelineText('  ')).toBeUndefined();
    expect(datelineText(undefined)).toBeUndefined();
  });
});
