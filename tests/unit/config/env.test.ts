import { describe, expect, test } from 'vitest';
import {
  normalizeBase,
  parseBuildDate,
  parseDeployEnv,
  parseSiteUrl,
  readSiteEnv,
  readTestEnv,
} from '../../../src/config/env.ts';

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

describe('parseBuildDate', () => {
  const fallback = new Date('2030-05-05T00:00:00Z');

  test('uses the clock when DISPATCH_BUILD_DATE is not set', () => {
    expect(parseBuildDate(undefined, fallback)).toBe(fallback);
    expect(parseBuildDate('', fallback)).toBe(fallback);
  });

  test('takes an ISO date or date-time', () => {
    expect(parseBuildDate('2024-06-01', fallback)).toEqual(new Date('2024-06-01T00:00:00Z'));
    expect(parseBuildDate('2024-06-01T09:30:00Z', fallback)).toEqual(new Date('2024-06-01T09:30:00Z'));
  });

  test('rejects a value that is not a date, naming the variable', () => {
    expect(() => parseBuildDate('next tuesday', fallback)).toThrow(
      'DISPATCH_BUILD_DATE: expected an ISO date such as 2024-01-18, got "next tuesday"',
    );
  });
});

describe('parseDeployEnv', () => {
  test('defaults to production when DISPATCH_ENV is unset or empty', () => {
    expect(parseDeployEnv(undefined)).toBe('production');
    expect(parseDeployEnv('')).toBe('production');
  });

  test('reads production and preview', () => {
    expect(parseDeployEnv('production')).toBe('production');
    expect(parseDeployEnv('preview')).toBe('preview');
  });

  test('rejects any other value, naming the variable and the choices', () => {
    expect(() => parseDeployEnv('staging')).toThrow(
      'DISPATCH_ENV: expected one of production, preview, got "staging"',
    );
  });
});

describe('readSiteEnv', () => {
  const now = new Date('2026-01-01T00:00:00Z');

  test('gives every deployment setting its default when nothing is set', () => {
    expect(readSiteEnv({}, now)).toEqual({
      siteUrl: 'https://dispatch.example',
      basePath: '/',
      contentDir: './content',
      buildDate: now,
      cacheDir: './node_modules/.astro',
      deployEnv: 'production',
      indexable: true,
      searchShardSize: 1000,
      buildMemoryMB: 2861,
      timings: false,
    });
  });

  test('reads each variable, checked and normalised', () => {
    const env = readSiteEnv(
      {
        SITE_URL: 'https://news.example.org/',
        BASE_PATH: 'dispatch',
        DISPATCH_CONTENT_DIR: 'tests/fixtures/content/',
        DISPATCH_BUILD_DATE: '2024-06-01',
        DISPATCH_CACHE_DIR: '/tmp/cache',
        DISPATCH_ENV: 'preview',
        DISPATCH_SEARCH_SHARD_SIZE: '20',
        DISPATCH_BUILD_MEMORY_MB: '8192',
        DISPATCH_TIMINGS: '1',
      },
      now,
    );
    expect(env).toEqual({
      siteUrl: 'https://news.example.org',
      basePath: '/dispatch/',
      contentDir: 'tests/fixtures/content',
      buildDate: new Date('2024-06-01T00:00:00Z'),
      cacheDir: '/tmp/cache',
      deployEnv: 'preview',
      indexable: false,
      searchShardSize: 20,
      buildMemoryMB: 8192,
      timings: true,
    });
  });

  test('refuses a bad value, naming the variable', () => {
    expect(() => readSiteEnv({ DISPATCH_SEARCH_SHARD_SIZE: 'many' }, now)).toThrow(
      'DISPATCH_SEARCH_SHARD_SIZE',
    );
    expect(() => readSiteEnv({ SITE_URL: 'example.org' }, now)).toThrow('SITE_URL');
    for (const bad of ['0', '3 GB', '1.5', '-1']) {
      expect(() => readSiteEnv({ DISPATCH_BUILD_MEMORY_MB: bad }, now), bad).toThrow(
        `DISPATCH_BUILD_MEMORY_MB: expected a whole number of MiB above 0, such as 4096; got "${bad}"`,
      );
    }
  });
});

describe('readTestEnv', () => {
  test('puts the fixture site on the next port and the corpus site 1,000 above E2E_PORT', () => {
    expect(readTestEnv({ E2E_PORT: '5400' })).toMatchObject({
      port: 5400,
      fixturePort: 5401,
      corpusPort: 6400,
    });
    expect(readTestEnv({})).toMatchObject({ port: 4329, lighthousePort: 4393, chromiumPathSet: false });
  });

  test('takes each port and the browser as given', () => {
    expect(
      readTestEnv({
        E2E_PORT: '5000',
        E2E_FIXTURE_PORT: '5100',
        E2E_CORPUS_PORT: '5200',
        LIGHTHOUSE_PORT: '5300',
        CHROMIUM_PATH: '/opt/chrome',
        JAVA_HOME: '/opt/java',
      }),
    ).toEqual({
      chromiumPath: '/opt/chrome',
      chromiumPathSet: true,
      javaHome: '/opt/java',
      port: 5000,
      fixturePort: 5100,
      corpusPort: 5200,
      lighthousePort: 5300,
    });
  });

  test('refuses a port that is not a port number', () => {
    expect(() => readTestEnv({ E2E_PORT: 'http' })).toThrow('E2E_PORT: expected a port number, got "http"');
    expect(() => readTestEnv({ LIGHTHOUSE_PORT: '70000' })).toThrow('LIGHTHOUSE_PORT');
  });
});
