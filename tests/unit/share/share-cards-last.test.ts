import type { AstroPrerenderer, PathWithRoute } from 'astro';
import { describe, expect, test } from 'vitest';
import { cardsLast } from '../../../src/integrations/share-cards-last.ts';

const path = (pathname: string, route: string) => ({ pathname, route: { route } }) as PathWithRoute;
const listed = [
  path('/articles/a/share.png', '/[...lang]/articles/[slug]/share.png'),
  path('/articles/b/share.png', '/[...lang]/articles/[slug]/share.png'),
  path('/articles/a/', '/[...lang]/articles/[slug]'),
  path('/ur/articles/c/share.png', '/[...lang]/articles/[slug]/share.png'),
  path('/tags/x/', '/[...lang]/tags/[tag]'),
  path('/', '/[...lang]'),
];

describe('cardsLast', () => {
  test('lists the share cards after every other page, each group in the order Astro gave', async () => {
    const base: AstroPrerenderer = {
      name: 'default',
      getStaticPaths: () => Promise.resolve(listed),
      render: () => Promise.resolve(new Response('page')),
    };
    const paths = await cardsLast(base).getStaticPaths();
    expect(paths.map((p) => p.pathname)).toEqual([
      '/articles/a/',
      '/tags/x/',
      '/',
      '/articles/a/share.png',
      '/articles/b/share.png',
      '/ur/articles/c/share.png',
    ]);
  });

  test('leaves rendering, setting up and tearing down to the prerenderer it wraps', async () => {
    const calls: string[] = [];
    const base: AstroPrerenderer = {
      name: 'default',
      setup: () => Promise.resolve(void calls.push('setup')),
      getStaticPaths: () => Promise.resolve(listed),
      render: (request) => Promise.resolve(new Response(`rendered ${new URL(request.url).pathname}`)),
      teardown: () => Promise.resolve(void calls.push('teardown')),
    };
    const wrapped = cardsLast(base);
    const tagPage = listed[4];
    if (!tagPage) throw new Error('no tag page');
    await wrapped.setup?.();
    const response = await wrapped.render(new Request('https://example.org/tags/x/'), {
      routeData: tagPage.route,
    });
    await wrapped.teardown?.();
    expect(wrapped.name).toBe('default');
    expect(await (response as Response).text()).toBe('rendered /tags/x/');
    expect(calls).toEqual(['setup', 'teardown']);
  });
});
