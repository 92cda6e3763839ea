import type { Loader, LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, test } from 'vitest';
import { markdownProcessor } from '../../src/config/markdown.ts';
import { MarkdownWorkers, markdownOnWorkers, renderOptions } from '../../src/lib/markdown-workers.ts';

/** The options Astro derives from this site's configuration (astro.config.mjs and Astro's defaults). */
const config = {
  markdown: { syntaxHighlight: false, shikiConfig: {}, gfm: true, smartypants: true },
  image: { domains: [], remotePatterns: [] },
} as unknown as LoaderContext['config']; // only the fields renderOptions reads
const options = renderOptions(config);

const samples = [
  '## Strikes near the border\n\nIran said it hit "militant bases"; Pakistan\'s reply came within two days.',
  '| Date | Event |\n| --- | --- |\n| 16 Jan | Iranian strike |\n| 18 Jan | Pakistani strike |',
  'A claim.[^1]\n\n[^1]: A source, https://example.org/report.',
  '![A map of the border](./map.png "The border region")\n\nSee [the report](https://example.org/).',
  '- one\n- two\n\n### A third-level heading\n\n> A quotation -- with dashes...',
];

/** What Astro's Markdown entry type makes of a body on the main thread (astro/dist/vite-plugin-markdown). */
async function onMainThread(body: string) {
  const renderer = await markdownProcessor.createRenderer(options);
  const result = await renderer.render(body, {
    frontmatter: { title: 'A' },
    fileURL: new URL('file:///site/content/articles/a.md'),
  });
  const { localImagePaths, remoteImagePaths } = result.metadata;
  return {
    html: result.code,
    metadata: { ...result.metadata, imagePaths: [...localImagePaths, ...remoteImagePaths] },
  };
}

const pool = new MarkdownWorkers(options, 2);
afterAll(() => pool.close());

describe('MarkdownWorkers', () => {
  test('render on worker threads exactly what the main thread renders', async () => {
    const rendered = await Promise.all(
      samples.map((body) => pool.render(body, { title: 'A' }, '/site/content/articles/a.md')),
    );
    expect(rendered).toEqual(await Promise.all(samples.map(onMainThread)));
    expect(rendered[3]?.metadata.imagePaths).toEqual(['./map.png']);
  });

  test('a stopped pool refuses work with a reason', async () => {
    const stopped = new MarkdownWorkers(options, 1);
    await stopped.close();
    const waiting = stopped.render('text', {}, undefined);
    await expect(waiting).rejects.toThrow('the Markdown workers were stopped');
  });
});

describe('markdownOnWorkers', () => {
  /** A loader that, like Astro's glob loader, asks the context's `.md` entry type for its render function. */
  function renderingLoader(bodies: string[], out: unknown[]): Loader {
    return {
      name: 'fake-glob',
      load: async (context) => {
        const entryTypes = (context as LoaderContext & { entryTypes?: Map<string, unknown> }).entryTypes as
          | Map<string, { getRenderFunction: (c: unknown) => Promise<(e: object) => Promise<unknown>> }>
          | undefined;
        const render = await entryTypes?.get('.md')?.getRenderFunction(context.config);
        out.push(render);
        for (const body of bodies) {
          out.push(
            await render?.({ id: 'a', data: { title: 'A' }, body, filePath: '/site/content/articles/a.md' }),
          );
        }
      },
    };
  }

  test('hands the loader a render function that renders on the workers, the same as the main thread', async () => {
    let mainThreadRenders = 0;
    const markdownType = {
      getRenderFunction: () => {
        mainThreadRenders++;
        return Promise.resolve(async (entry: { body?: string }) => onMainThread(entry.body ?? ''));
      },
    };
    const context = { config, entryTypes: new Map([['.md', markdownType]]) } as unknown as LoaderContext; // only what the loaders read
    const out: unknown[] = [];
    await markdownOnWorkers(renderingLoader(samples.slice(0, 2), out)).load(context);
    expect(out.slice(1)).toEqual(await Promise.all(samples.slice(0, 2).map(onMainThread)));
    expect(mainThreadRenders).toBe(0);

    // After the load (a file edited under `astro dev`), the same function renders on the main thread.
    const render = out[0] as (entry: object) => Promise<unknown>;
    expect(await render({ id: 'a', data: {}, body: samples[4] })).toEqual(
      await onMainThread(samples[4] ?? ''),
    );
    expect(mainThreadRenders).toBe(1);
  });

  test('leaves a context without entry types (another Astro version) to the loader as it is', async () => {
    const out: unknown[] = [];
    await markdownOnWorkers(renderingLoader(['text'], out)).load({ config: {} } as unknown as LoaderContext);
    expect(out).toEqual([undefined, undefined]);
  });
});
