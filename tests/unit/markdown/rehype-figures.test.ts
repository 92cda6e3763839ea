import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { isLocalImage, rehypeFigures } from '../../../src/lib/markdown/rehype-figures.ts';

/**
 * The plugin in Astro's own Markdown pipeline. Without a file path Astro's image step leaves images alone,
 * so the HTML shows what this plugin produced; with one, it shows what it hands to Astro's image service.
 */
async function render(markdown: string, fileURL?: URL) {
  const processor = await createMarkdownProcessor({
    rehypePlugins: [[rehypeFigures, { widths: [400, 800], sizes: '38rem' }]],
  });
  return (await processor.render(markdown, fileURL ? { fileURL } : {})).code;
}

describe('rehypeFigures', () => {
  test('turns a titled image alone in its paragraph into a figure with the title as caption', async () => {
    const html = await render('![A map](./map.png "The border region")');
    expect(html).toMatch(
      /^<figure><img [^>]*alt="A map"[^>]*><figcaption>The border region<\/figcaption><\/figure>$/,
    );
    expect(html).not.toContain('title=');
  });

  test('leaves an image without a title in its paragraph', async () => {
    expect(await render('![A map](./map.png)')).toMatch(/^<p><img [^>]*alt="A map"[^>]*><\/p>$/);
  });

  test('leaves a titled image inside running text alone', async () => {
    expect(await render('See ![A map](./map.png "Title") here.')).toMatch(/^<p>See <img [^>]*title="Title"/);
  });

  test('hands widths and sizes to Astro’s image step for a local image', async () => {
    const html = await render(
      '![A map](./map.png "Caption")',
      new URL('file:///site/content/articles/a/index.md'),
    );
    const reference = /__ASTRO_IMAGE_="([^"]+)"/.exec(html)?.[1] ?? '';
    const props: unknown = JSON.parse(reference.replaceAll('&#x22;', '"').replaceAll('&quot;', '"'));
    expect(props).toMatchObject({ src: './map.png', alt: 'A map', widths: [400, 800], sizes: '38rem' });
    expect(html).toContain('<figcaption>Caption</figcaption>');
  });

  test('gives a remote image no widths, which would be written out as an invalid attribute', async () => {
    const html = await render('![A map](https://example.org/map.png)');
    expect(html).not.toContain('widths');
  });
});

describe('isLocalImage', () => {
  test.each([
    ['./map.png', true],
    ['map.png', true],
    ['../shared/map.png', true],
    ['/favicon.svg', false],
    ['https://example.org/map.png', false],
    ['data:image/png;base64,AAA', false],
    ['', false],
  ])('%j → %s', (src, expected) => {
    expect(isLocalImage(src)).toBe(expected);
  });
});
