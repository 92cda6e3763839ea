import { describe, expect, test } from 'vitest';
import { feedHtml } from '../../../src/lib/feeds/feed-html.ts';

const page = 'https://example.org/news/articles/b/';

describe('feedHtml', () => {
  test('makes relative, root-relative and fragment links absolute against the article URL', () => {
    const html = feedHtml(
      '<p><a href="../a/">A</a> <a href="/news/tags/iran/">Iran</a> <a href="#section">here</a></p>',
      page,
    );
    expect(html).toContain('href="https://example.org/news/articles/a/"');
    expect(html).toContain('href="https://example.org/news/tags/iran/"');
    expect(html).toContain('href="https://example.org/news/articles/b/#section"');
  });

  test('makes image sources and every srcset candidate absolute, keeping the descriptors', () => {
    const html = feedHtml(
      '<img src="/news/_astro/a.webp" srcset="/news/_astro/a.webp 1x, b.webp 2x" alt="A">',
      page,
    );
    expect(html).toContain('src="https://example.org/news/_astro/a.webp"');
    expect(html).toContain(
      'srcset="https://example.org/news/_astro/a.webp 1x, https://example.org/news/articles/b/b.webp 2x"',
    );
  });

  test('leaves absolute, protocol-relative and mailto addresses alone', () => {
    const source =
      '<a href="https://other.example/x">x</a><a href="mailto:desk@example.org">m</a><a href="//cdn.example/y">y</a>';
    const html = feedHtml(source, page);
    expect(html).toContain('href="https://other.example/x"');
    expect(html).toContain('href="mailto:desk@example.org"');
    expect(html).toContain('href="//cdn.example/y"');
  });

  test('drops the heading anchors and their wrapper, keeping the heading', () => {
    const html = feedHtml(
      '<div class="heading"><h2 id="what">What</h2><a class="heading-anchor" href="#what"><span aria-hidden="true">#</span><span class="sr-only">Link to the section “What”</span></a></div><p>Text</p>',
      page,
    );
    expect(html).toBe('<h2 id="what">What</h2><p>Text</p>');
  });

  test('keeps the text and escapes it as HTML', () => {
    const html = feedHtml('<p>Fish &amp; chips &lt;3</p>', page);
    expect(html).toMatch(/^<p>Fish &(amp|#x26); chips &(lt|#x3C);3<\/p>$/);
  });
});
