import { describe, expect, test } from 'vitest';
import { normalizeBase, parseSiteUrl } from '../../src/config/env.ts';

describe('normalizeBase', () => {
  test('gives a base path with one leading and one trailing slash', () => {
    expect(normalizeBase('/dispatch/')).toBe('/dispatch/');
    expect(normalizeBase('/dispatch')).toBe('/dispatch/');
    expect(normalizeBase('dispatch')).toBe('/dispatch/');
    expect(normalizeBase('/a/b/')).toBe('/a/b/');
  });

  test('gives "/" for the root', () => {
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('/')).toBe('/');
  });
});

describe('parseSiteUrl', () => {
  test('keeps the origin of an http or https address', () => {
    expect(parseSiteUrl('https://example.github.io')).toBe('https://example.github.io');
    expect(parseSiteUrl('https://example.org/')).toBe('https://example.org');
  });

  test('rejects something that is not a web address, naming the variable', () => {
    expect(() => parseSiteUrl('example.org')).toThrow('SITE_URL: expected a full address');
    expect(() => parseSiteUrl('ftp://example.org')).toThrow('SITE_URL: expected an http or https address');
  });

  test('rejects a path, which belongs in BASE_PATH', () => {
    expect(() => parseSiteUrl('https://example.github.io/dispatch')).toThrow('put a sub-path in BASE_PATH');
  });
});
