import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pageContent, STATIC_ONLY, withoutUnusedRules } from '../../../src/lib/css/page-css.ts';

/** A stylesheet as Astro inlines it: global rules, and the scoped rules of two components (hero and byline). */
const css = [
  'body{margin:0}',
  'table{width:100%}',
  'th,td{padding:.4rem}',
  'figcaption .credit{font-size:.8rem}',
  '.heading:hover .heading-anchor,.heading-anchor:focus-visible{opacity:1}',
  '.hero[data-astro-cid-aaa111]{margin:0}',
  '.hero[data-astro-cid-aaa111] img{display:block}',
  '.byline[data-astro-cid-bbb222]{display:flex}',
  '@media print{.site-footer,.heading-anchor{display:none}.hero[data-astro-cid-aaa111]{margin:1rem}}',
  '@media (width<=30rem){.hero[data-astro-cid-aaa111]{margin:.5rem}}',
  '@keyframes rise{from{transform:translateY(100%)}}',
  '.results[data-astro-cid-ccc333] .result{padding:1rem}',
  'p:not(.credit){margin:0}',
  '[aria-label="a table"]{color:red}',
].join('');

const kept = (html: string) => withoutUnusedRules(css, pageContent(html));

describe('pageContent', () => {
  test('finds the components and the static-only names of the markup, not of its CSS or scripts', () => {
    const content = pageContent(
      `<style>table{}.hero[data-astro-cid-aaa111]{}</style><script>el.className = 'heading'</script>` +
        `<p class="meta byline" data-astro-cid-bbb222>By <a>her</a></p><figure class="hero x"><figcaption>` +
        `<span class="credit">AP</span></figcaption></figure>`,
    );
    expect([...content.components]).toEqual(['bbb222']);
    expect([...content.staticOnly].sort()).toEqual(['.credit', 'figcaption', 'figure']);
  });
});

describe('withoutUnusedRules', () => {
  test('drops the rules of a component the page does not render, also inside @media', () => {
    const result = kept('<p class="byline" data-astro-cid-bbb222></p>');
    expect(result).not.toContain('aaa111');
    expect(result).toContain('.byline[data-astro-cid-bbb222]{display:flex}');
    expect(result).toContain('@media print{.site-footer{display:none}}');
    expect(result).not.toContain('@media (width<=30rem)');
  });

  test('drops the rules of Markdown content the page lacks, selector by selector', () => {
    const result = kept('<p>Text only</p>');
    expect(result).not.toMatch(/table\{|th,td|figcaption|heading/);
    expect(result).toContain('body{margin:0}');
  });

  test('keeps them when the page has that content', () => {
    const result = kept(
      '<table><tr><th>a</th><td>b</td></tr></table><h2 class="heading"><a class="heading-anchor">#</a></h2>',
    );
    expect(result).toContain('table{width:100%}');
    expect(result).toContain('th,td{padding:.4rem}');
    expect(result).toContain('.heading:hover .heading-anchor,.heading-anchor:focus-visible{opacity:1}');
    expect(result).toContain('@media print{.site-footer,.heading-anchor{display:none}}');
  });

  test('keeps what a script may add later: other classes and elements, attributes, :not(), keyframes', () => {
    const result = kept('<ol class="results" data-astro-cid-ccc333></ol>');
    expect(result).toContain('.results[data-astro-cid-ccc333] .result{padding:1rem}');
    expect(result).toContain('p:not(.credit){margin:0}');
    expect(result).toContain('[aria-label="a table"]{color:red}');
    expect(result).toContain('@keyframes rise{from{transform:translateY(100%)}}');
  });

  test('changes nothing on a page that uses every rule', () => {
    const everything = pageContent(
      '<i data-astro-cid-aaa111 data-astro-cid-bbb222 data-astro-cid-ccc333></i><table><th></th><td></td></table>' +
        '<figure><figcaption class="credit heading heading-anchor"></figcaption></figure>',
    );
    expect(withoutUnusedRules(css, everything)).toBe(css);
  });
});

describe('withoutUnusedRules and the page’s language', () => {
  const urdu = "html[lang^='ur']{font-size:112.5%}html[lang^=ur] *{line-height:2!important}body{margin:0}";

  test('drops the rules of another language’s pages', () => {
    const english = withoutUnusedRules(
      urdu,
      pageContent('<html lang="en-GB"><body><p>Text</p></body></html>'),
    );
    expect(english).toBe('body{margin:0}');
  });

  test('keeps them on that language’s pages', () => {
    const result = withoutUnusedRules(
      urdu,
      pageContent('<html lang="ur-PK" dir="rtl"><body><p>متن</p></body></html>'),
    );
    expect(result).toBe(urdu);
  });
});

test('no script creates an element or class that STATIC_ONLY counts as written by the build only', () => {
  // The browser scripts: script.ts (and consent-actions.ts) beside the logic of each feature in src/lib/.
  const scripts = readdirSync('src/lib', { recursive: true, encoding: 'utf8' })
    .filter((file) => /(?:^|[/-])(?:script|consent-actions)\.ts$/.test(file))
    .map((file) => readFileSync(join('src/lib', file), 'utf8'));
  expect(scripts.length).toBeGreaterThan(0);
  for (const name of STATIC_ONLY) {
    const bare = name.replace(/^\./, '');
    // As a string of its own ('table', "heading") or among the classes of one ("result heading").
    const literal = new RegExp(`['"\`]([\\w-]+ +)*${bare}( +[\\w-]+)*['"\`]`);
    for (const code of scripts) expect(code, name).not.toMatch(literal);
  }
});
