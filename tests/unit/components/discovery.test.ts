import { describe, expect, test } from 'vitest';
import { renderComponent as render } from '../../support/render-component.ts';
import Pagination from '../../../src/components/Pagination.astro';
import TableOfContents from '../../../src/components/TableOfContents.astro';

const href = (n: number) => (n === 1 ? '/tags/iran/' : `/tags/iran/${n}/`);

describe('Pagination', () => {
  test('renders nothing for a listing of one page', async () => {
    expect(await render(Pagination, { props: { lang: 'en', current: 1, total: 1, href } })).not.toContain(
      '<nav',
    );
  });

  test('is a labelled navigation marking the current page, with previous and next links', async () => {
    const html = await render(Pagination, { props: { lang: 'en', current: 2, total: 3, href } });
    expect(html).toContain('<nav class="pagination" aria-label="Pagination">');
    expect(html).toMatch(/<a href="\/tags\/iran\/2\/" aria-current="page" aria-label="Page 2">2<\/a>/);
    expect(html).toMatch(/<a href="\/tags\/iran\/" aria-label="Page 1">1<\/a>/);
    expect(html).toMatch(/<a href="\/tags\/iran\/" rel="prev">.*Previous<span class="sr-only"> page<\/span>/);
    expect(html).toMatch(/<a href="\/tags\/iran\/3\/" rel="next">Next<span class="sr-only"> page<\/span>/);
  });

  test('has no previous link on the first page and no next link on the last', async () => {
    expect(await render(Pagination, { props: { lang: 'en', current: 1, total: 3, href } })).not.toContain(
      'rel="prev"',
    );
    expect(await render(Pagination, { props: { lang: 'en', current: 3, total: 3, href } })).not.toContain(
      'rel="next"',
    );
  });

  test('points its arrows the reading way: back leftwards in English, rightwards in Urdu', async () => {
    const arrows = async (lang: 'en' | 'ur') => {
      const html = await render(Pagination, { props: { lang, current: 2, total: 3, href } });
      // The arrow inside the link with this rel.
      const arrow = (rel: string) =>
        new RegExp(
          `<a [^>]*rel="${rel}">(?:(?!</a>).)*<span aria-hidden="true">\\s*([←→])\\s*</span>`,
          's',
        ).exec(html)?.[1];
      return { back: arrow('prev'), forward: arrow('next') };
    };
    expect(await arrows('en')).toEqual({ back: '←', forward: '→' });
    expect(await arrows('ur')).toEqual({ back: '→', forward: '←' });
  });

  test('hides the gap between page numbers from screen readers', async () => {
    const html = await render(Pagination, { props: { lang: 'en', current: 10, total: 50, href } });
    expect(html).toContain('<li class="gap" aria-hidden="true">…</li>');
  });
});

describe('TableOfContents', () => {
  const h = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase().replace(/ /g, '-') });

  test('lists the sections and subsections of an article with three sections', async () => {
    const html = await render(TableOfContents, {
      props: { lang: 'en', headings: [h(2, 'What happened'), h(3, 'The strike'), h(2, 'Why'), h(2, 'Next')] },
    });
    expect(html).toContain('aria-labelledby="toc-heading"');
    expect(html).toContain('<h2 id="toc-heading">In this article</h2>');
    expect(html).toMatch(/<a href="#what-happened">What happened<\/a><ol><li><a href="#the-strike">/);
    expect(html).toContain('data-pagefind-ignore');
  });

  test('renders nothing for an article with two sections', async () => {
    const html = await render(TableOfContents, {
      props: { lang: 'en', headings: [h(2, 'One'), h(2, 'Two')] },
    });
    expect(html).not.toContain('<nav');
  });
});
