import { describe, expect, test } from 'vitest';
import { headerCsp, headersFile, type HeaderPolicy } from '../../../src/lib/security/http-headers.ts';

const policy: HeaderPolicy = {
  directives: ["default-src 'self'", "object-src 'none'"],
  scriptResources: ["'self'"],
  scriptHashes: ['sha256-abc='],
  styleResources: ["'self'"],
  headerOnly: ["frame-ancestors 'none'"],
  headers: { 'X-Content-Type-Options': 'nosniff' },
};

describe('headerCsp', () => {
  test('joins the shared directives, scripts with their hashes, styles, and the header-only directives', () => {
    expect(headerCsp(policy)).toBe(
      "default-src 'self'; object-src 'none'; script-src 'self' 'sha256-abc='; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
    );
  });

  test('never allows inline scripts', () => {
    expect(headerCsp(policy)).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});

describe('headersFile', () => {
  test('sends the headers on every path under the base and caches /_astro/ for a year', () => {
    expect(headersFile(policy, '/dispatch/')).toBe(
      [
        '/dispatch/*',
        `  Content-Security-Policy: ${headerCsp(policy)}`,
        '  X-Content-Type-Options: nosniff',
        '',
        '/dispatch/_astro/*',
        '  Cache-Control: public, max-age=31536000, immutable',
        '',
      ].join('\n'),
    );
    expect(headersFile(policy, '/')).toMatch(/^\/\*\n/);
  });
});
