import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runPagefind } from '../../../src/integrations/pagefind-cli.ts';
import { indexedDocument } from '../../../src/lib/search/indexed-document.ts';

/** An article page as the site builds it: head, header and footer around an indexed region with ignored parts. */
const page = (
  related: string,
  author = 'Ann Writer',
) => `<!DOCTYPE html><html lang="en-GB"><head><title>A page</title>
<meta name="description" content="Not indexed"><style>p{color:red}</style></head><body><header><nav>Latest Topics</nav></header>
<main><article class="wrap" data-pagefind-body><div hidden data-pagefind-ignore><span data-pagefind-filter="author">${author}</span>
<span data-pagefind-filter="tag">Asia</span><span data-pagefind-meta="date">2 January 2024</span>
<span data-pagefind-sort="date">2024-01-02</span></div><header><p class="kicker" data-pagefind-ignore>Analysis</p>
<h1>Rivers of the plain</h1><p class="lede">A dek about water &amp; rice.</p><div data-pagefind-ignore>By ${author}</div></header>
<div class="body"><h2 id="one">One</h2><div class="heading"><a href="#one" data-pagefind-ignore>#</a></div><p>Monsoon rains <em>swell</em> the rivers.</p>
<figure><img src="/a.png" alt="A map"><figcaption>The delta <span class="credit">Dispatch graphic</span></figcaption></figure></div>
<footer data-pagefind-ignore="all"><span data-pagefind-filter="tag">Ignored entirely</span><ul><li>${related}</li></ul></footer>
</article></main><footer>© 2024 Dispatch</footer></body></html>`;

/** The files of a Pagefind index of `documents` (path → content), indexed as the build indexes a shard. */
async function indexOf(documents: Record<string, string>): Promise<Map<string, string>> {
  const work = mkdtempSync(join(tmpdir(), 'dispatch-indexed-document-'));
  try {
    for (const [path, content] of Object.entries(documents)) {
      mkdirSync(dirname(join(work, 'site', path)), { recursive: true });
      writeFileSync(join(work, 'site', path), content);
    }
    await runPagefind(join(work, 'site'), join(work, 'index'));
    const files = new Map<string, string>();
    for (const file of readdirSync(join(work, 'index'), { recursive: true, encoding: 'utf8' }).sort()) {
      if (/\.(?:pf_\w+|json)$/.test(file))
        files.set(file, readFileSync(join(work, 'index', file)).toString('base64'));
    }
    return files;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

describe('indexedDocument', () => {
  test('gives Pagefind the same index as the whole page, byte for byte', async () => {
    const html = page('An older story');
    const reduced = indexedDocument(html) ?? '';
    const whole = await indexOf({ 'articles/a/index.html': html });
    expect(whole.size).toBeGreaterThan(3);
    expect(await indexOf({ 'articles/a/index.html': reduced })).toEqual(whole);
  }, 60_000);

  test('keeps the language, the indexed region and the filters in ignored parts, and nothing else', () => {
    const reduced = indexedDocument(page('An older story')) ?? '';
    expect(reduced).toMatch(/^<!doctype html><html lang="en-GB"><head><\/head><body><article/);
    expect(reduced).toContain('Monsoon rains <em>swell</em> the rivers.');
    expect(reduced).toContain('<span data-pagefind-filter="author">Ann Writer</span>');
    expect(reduced).toContain('<span data-pagefind-sort="date">2024-01-02</span>');
    for (const gone of ['A page', 'Latest Topics', '© 2024', 'By Ann Writer', 'Analysis', 'An older story'])
      expect(reduced).not.toContain(gone);
    // Pagefind reads filters even in a region ignored with "all".
    expect(reduced).toContain('<span data-pagefind-filter="tag">Ignored entirely</span>');
  });

  test('changes with what is indexed, not with the ignored parts around it', () => {
    const base = indexedDocument(page('An older story'));
    expect(indexedDocument(page('Another related story'))).toBe(base);
    expect(indexedDocument(page('An older story', 'Ann Writer-Smith'))).not.toBe(base);
    expect(indexedDocument(page('x').replace('Monsoon', 'Spring'))).not.toBe(base);
  });

  test('copies the regions as the page writes them: void and nested ignored parts, nested filters, two regions', async () => {
    const html =
      '<!DOCTYPE html><html lang="en"><body><p>Out</p>' +
      '<section data-pagefind-body><p data-pagefind-ignore>Kicker</p><p>Body &amp; more<!-- note --></p>' +
      '<img data-pagefind-ignore alt="A map" src="/m.png"><div data-pagefind-ignore>By <b data-pagefind-ignore>Ann</b>' +
      '<span data-pagefind-filter="tag">Asia <i data-pagefind-meta="m">i</i></span><meta data-pagefind-sort="d" content="2">' +
      '</div></section><aside>Not indexed</aside><div data-pagefind-body><ul><li>One</li><li>Two</li></ul></div></body></html>';
    const reduced = indexedDocument(html);
    expect(reduced).toBe(
      '<!doctype html><html lang="en"><head></head><body>' +
        '<section data-pagefind-body><p data-pagefind-ignore></p><p>Body &amp; more<!-- note --></p>' +
        '<img data-pagefind-ignore alt="A map" src="/m.png"><div data-pagefind-ignore>' +
        '<span data-pagefind-filter="tag">Asia <i data-pagefind-meta="m">i</i></span><meta data-pagefind-sort="d" content="2">' +
        '</div></section><div data-pagefind-body><ul><li>One</li><li>Two</li></ul></div></body></html>',
    );
    expect(await indexOf({ 'a/index.html': reduced ?? '' })).toEqual(await indexOf({ 'a/index.html': html }));
  }, 60_000);

  test('reads a script’s text and an SVG’s self-closed elements as a parser does', async () => {
    const html =
      '<!DOCTYPE html><html lang="en"><body><main data-pagefind-body><h1>Maps</h1>' +
      '<script>const s = "<div data-pagefind-ignore>not a tag</div>";</script>' +
      '<figure data-pagefind-ignore><svg viewBox="0 0 2 2"><path d="M0 0h2"/><title>Route</title></svg>' +
      '<span data-pagefind-filter="tag">Rivers</span></figure><p>After the map.</p></main></body></html>';
    const reduced = indexedDocument(html);
    expect(reduced).toBe(
      '<!doctype html><html lang="en"><head></head><body><main data-pagefind-body><h1>Maps</h1>' +
        '<script>const s = "<div data-pagefind-ignore>not a tag</div>";</script>' +
        '<figure data-pagefind-ignore><span data-pagefind-filter="tag">Rivers</span></figure>' +
        '<p>After the map.</p></main></body></html>',
    );
    expect(await indexOf({ 'a/index.html': reduced ?? '' })).toEqual(await indexOf({ 'a/index.html': html }));
  }, 60_000);

  test('is undefined for a page without an indexed region', () => {
    expect(
      indexedDocument('<!DOCTYPE html><html lang="en"><body><h1>Topics</h1></body></html>'),
    ).toBeUndefined();
  });
});
