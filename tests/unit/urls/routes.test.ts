import { describe, expect, test } from 'vitest';
import {
  langParam,
  localized,
  routes,
  routesIn,
  unlocalized,
  withBase,
} from '../../../src/lib/urls/routes.ts';

describe('withBase', () => {
  test('joins with exactly one slash', () => {
    expect(withBase('/', 'articles/a/')).toBe('/articles/a/');
    expect(withBase('/dispatch/', 'articles/a/')).toBe('/dispatch/articles/a/');
    expect(withBase('/dispatch', '/articles/a/')).toBe('/dispatch/articles/a/');
  });

  test('gives the base itself for the home page', () => {
    expect(withBase('/dispatch/', routes.home())).toBe('/dispatch/');
  });
});

describe('routes', () => {
  test('puts the page number after the listing from page 2 on', () => {
    expect(routes.tag('iran')).toBe('tags/iran/');
    expect(routes.tag('iran', 1)).toBe('tags/iran/');
    expect(routes.tag('iran', 2)).toBe('tags/iran/2/');
    expect(routes.author('hadia-safeer', 3)).toBe('authors/hadia-safeer/3/');
    expect(routes.home(2)).toBe('page/2/');
    expect(routes.archiveYear(2024)).toBe('archive/2024/');
    expect(routes.archiveYear(2024, 2)).toBe('archive/2024/2/');
  });

  test('uses the slug as the article URL', () => {
    expect(routes.article('iran-missile-strike-on-pakistani-territory')).toBe(
      'articles/iran-missile-strike-on-pakistani-territory/',
    );
  });
});

describe('the routes of each language', () => {
  test('put every path of another language than the default under its code, and take it off again', () => {
    expect(localized('en', 'articles/a/')).toBe('articles/a/');
    expect(localized('ur', 'articles/a/')).toBe('ur/articles/a/');
    expect(localized('ur', routes.home())).toBe('ur/');
    expect(unlocalized('ur', 'ur/tags/iran/2/')).toBe('tags/iran/2/');
    expect(unlocalized('en', 'tags/iran/')).toBe('tags/iran/');
  });

  test('routesIn gives each route with the language’s prefix, the default language’s unchanged', () => {
    expect(routesIn('en')).toBe(routes);
    expect(routesIn('ur').tag('iran', 2)).toBe('ur/tags/iran/2/');
    expect(routesIn('ur').rss()).toBe('ur/rss.xml');
    expect(routesIn('ur').home()).toBe('ur/');
  });

  test('langParam is the [...lang] route param: none for the default language', () => {
    expect(langParam('en')).toBeUndefined();
    expect(langParam('ur')).toBe('ur');
  });
});
