import { describe, expect, test } from 'vitest';
import { renderComponent as render } from '../../support/render-component.ts';
import ArticleSources from '../../../src/components/ArticleSources.astro';
import Corrections from '../../../src/components/Corrections.astro';
import SuggestCorrection from '../../../src/components/SuggestCorrection.astro';

describe('Corrections', () => {
  test('renders each correction as a dated note under a labelled heading', async () => {
    const html = await render(Corrections, {
      props: {
        lang: 'en',
        corrections: [
          { date: new Date('2024-01-13'), text: 'The name was misspelt.' },
          { date: new Date('2024-01-20'), text: 'The date was wrong.' },
        ],
      },
    });
    expect(html).toContain('aria-labelledby="corrections-heading"');
    expect(html).toContain('<h2 id="corrections-heading">Corrections</h2>');
    expect(html).toContain(
      '<li><time datetime="2024-01-13">13 January 2024</time>: The name was misspelt.</li>',
    );
  });

  test('says "Correction" for a single one and renders nothing without any', async () => {
    const one = await render(Corrections, {
      props: { lang: 'en', corrections: [{ date: new Date('2024-01-13'), text: 'Fixed.' }] },
    });
    expect(one).toContain('>Correction</h2>');
    expect((await render(Corrections, { props: { lang: 'en', corrections: [] } })).trim()).toBe('');
  });
});

describe('ArticleSources', () => {
  test('links each source, with its publisher and date when given', async () => {
    const html = await render(ArticleSources, {
      props: {
        lang: 'en',
        sources: [
          {
            title: 'A report',
            publisher: 'An institute',
            url: 'https://example.org/r',
            date: new Date('2024-01-05'),
          },
          { title: 'A page', publisher: undefined, url: 'https://example.org/p', date: undefined },
        ],
      },
    });
    expect(html).toContain('<h2 id="sources-heading" class="section-title">Sources</h2>');
    expect(html).toContain(
      '<li><a href="https://example.org/r" rel="noopener">A report</a>, An institute, <time datetime="2024-01-05">5 January 2024</time></li>',
    );
    expect(html).toContain('<li><a href="https://example.org/p" rel="noopener">A page</a></li>');
  });

  test('renders nothing for an article without sources', async () => {
    expect((await render(ArticleSources, { props: { lang: 'en', sources: [] } })).trim()).toBe('');
  });
});

describe('SuggestCorrection', () => {
  test('links to the article’s file in the configured repository', async () => {
    const html = await render(SuggestCorrection, {
      props: { lang: 'en', file: 'content/articles/a-story.md' },
    });
    expect(html).toMatch(
      /<a href="https:\/\/[^"]+\/edit\/main\/content\/articles\/a-story\.md"[^>]*>Suggest a correction<\/a>/,
    );
  });
});
