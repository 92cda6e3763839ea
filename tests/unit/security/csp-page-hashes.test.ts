import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  replaceInlineStyle,
  trimCspHashes,
  withoutUnusedWasm,
} from '../../../src/lib/security/csp-page-hashes.ts';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

const style = 'body{margin:0}';
const otherStyle = '.card{padding:1rem}';
const inlineScript = 'console.log(1)';
const chunk = 'export{}'; // a script file's content: a hash cannot allow a script with src
const gated = 'window.stats()';

/** A page as Astro prints it: a policy with the hashes of the whole site, then the page's own elements. */
function page(body: string): string {
  const policy = [
    "default-src 'self';img-src 'self' data:;",
    ` script-src 'self' 'wasm-unsafe-eval' '${sha256(inlineScript)}' '${sha256(chunk)}' '${sha256(gated)}';`,
    ` style-src 'self' '${sha256(style)}' '${sha256(otherStyle)}';`,
  ].join('');
  return `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}"><style>${style}</style></head><body>${body}</body></html>`;
}

const policyOf = (html: string) => /content="([^"]*)"/.exec(html)?.[1] ?? '';

describe('trimCspHashes', () => {
  test('keeps the hash of each inline style and script of the page and drops the rest of the site’s', () => {
    const policy = policyOf(
      trimCspHashes(
        page(`<script>${inlineScript}</script><script type="module" src="/_astro/a.js"></script>`),
      ),
    );
    expect(policy).toBe(
      `default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' '${sha256(inlineScript)}'; style-src 'self' '${sha256(style)}';`,
    );
  });

  test('drops a script hash when the page only loads that script as a file', () => {
    const policy = policyOf(
      trimCspHashes(page(`<script type="module" src="/_astro/a.js">${chunk}</script>`)),
    );
    expect(policy).not.toContain(sha256(chunk));
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
  });

  test('keeps a listed hash for code added later (a gated inline script) though the page lacks it', () => {
    const policy = policyOf(trimCspHashes(page(''), [sha256(gated)]));
    expect(policy).toContain(`'${sha256(gated)}'`);
    expect(policy).not.toContain(sha256(inlineScript));
  });

  test('never adds a hash, even for an inline element whose hash the policy does not list', () => {
    const policy = policyOf(trimCspHashes(page('<style>p{color:red}</style>')));
    expect(policy).not.toContain(sha256('p{color:red}'));
  });

  test('leaves the other directives, and a page without a policy, unchanged', () => {
    const html = page('');
    expect(policyOf(trimCspHashes(html)).startsWith("default-src 'self';img-src 'self' data:;")).toBe(true);
    expect(trimCspHashes('<p>No policy</p>')).toBe('<p>No policy</p>');
    expect(trimCspHashes(html).replace(policyOf(trimCspHashes(html)), '')).toBe(
      html.replace(policyOf(html), ''),
    );
  });
});

describe('replaceInlineStyle', () => {
  test('puts the new stylesheet in place of the old, and its hash in place of the old one', () => {
    const smaller = 'body{}';
    const html = replaceInlineStyle(page(''), style, smaller);
    expect(html).toContain(`<style>${smaller}</style>`);
    expect(html).not.toContain(`<style>${style}</style>`);
    expect(policyOf(html)).toContain(`'${sha256(smaller)}'`);
    expect(policyOf(html)).not.toContain(sha256(style));
    expect(policyOf(html)).toContain(`'${sha256(otherStyle)}'`);
  });

  test('does not allow a stylesheet the policy did not allow', () => {
    const html = page('<style>p{}</style>');
    expect(policyOf(replaceInlineStyle(html, 'p{}', 'p{color:red}'))).not.toContain(sha256('p{color:red}'));
  });
});

describe('withoutUnusedWasm', () => {
  const meta = (body: string) =>
    `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; style-src 'self'"></head><body>${body}</body>`;

  test('takes WebAssembly away from a page without the search form, and nothing else', () => {
    expect(withoutUnusedWasm(meta('<p>An article.</p>'))).toBe(
      `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self'"></head><body><p>An article.</p></body>`,
    );
  });

  test('leaves the search page its WebAssembly for Pagefind', () => {
    const search = meta('<form id="search-form" role="search"></form>');
    expect(withoutUnusedWasm(search)).toBe(search);
  });
});
