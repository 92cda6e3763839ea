import { describe, expect, test } from 'vitest';
import { formatNuMessage, isFalseWarning, type NuMessage } from '../../support/nu-checker.ts';

/** A warning as the checker writes it, pointing at `source`. */
const warning = (message: string, source = '<p>'): NuMessage => ({
  type: 'info',
  subType: 'warning',
  url: 'file:/site/dist/a/index.html',
  lastLine: 3,
  firstColumn: 7,
  message,
  extract: `>\n  ${source}x`,
  hiliteStart: 4,
  hiliteLength: source.length,
});

const csp = 'Content Security Policy (meta tag)';

describe('isFalseWarning', () => {
  test('drops a same-site resource, which a file read from disk cannot match with self', () => {
    expect(
      isFalseWarning(
        warning(
          `Resource violates ${csp}: external script “/_astro/a.js” blocked by “script-src” directive.`,
        ),
      ),
    ).toBe(true);
    expect(
      isFalseWarning(
        warning(`Resource violates ${csp}: image “/_astro/b.png” blocked by “img-src” directive.`),
      ),
    ).toBe(true);
  });

  test('keeps a resource from another host, protocol-relative ones included', () => {
    expect(
      isFalseWarning(
        warning(
          `Resource violates ${csp}: external script “https://cdn.example/a.js” blocked by “script-src” directive.`,
        ),
      ),
    ).toBe(false);
    expect(
      isFalseWarning(
        warning(
          `Resource violates ${csp}: external script “//cdn.example/a.js” blocked by “script-src” directive.`,
        ),
      ),
    ).toBe(false);
  });

  test('drops the inline-script warning on JSON-LD only', () => {
    const inline = `Inline script violates ${csp}: blocked by “script-src” directive.`;
    expect(isFalseWarning(warning(inline, '<script type="application/ld+json">'))).toBe(true);
    expect(isFalseWarning(warning(inline, '<script>'))).toBe(false);
    expect(isFalseWarning(warning(inline, '<script type="text/plain" data-consent="analytics">'))).toBe(
      false,
    );
  });

  test('never drops an error, or a warning of another kind', () => {
    const error: NuMessage = {
      ...warning(`Resource violates ${csp}: image “/a.png” blocked by “img-src” directive.`),
      type: 'error',
    };
    delete error.subType;
    expect(isFalseWarning(error)).toBe(false);
    expect(isFalseWarning(warning('Section lacks heading.'))).toBe(false);
  });
});

describe('formatNuMessage', () => {
  test('names the file under the root, the line, the column and the kind', () => {
    expect(formatNuMessage(warning('Section lacks heading.'), '/site/dist')).toBe(
      'a/index.html:3:7: info warning: Section lacks heading.',
    );
  });
});
