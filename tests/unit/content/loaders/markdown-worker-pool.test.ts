import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { markdownContentEntryType } from '../../../../node_modules/astro/dist/vite-plugin-markdown/content-entry-type.js';
import { markdownProcessor } from '../../../../src/config/markdown.ts';
import {
  MarkdownWorkers,
  markdownOnWorkers,
  renderOptions,
  sameProcessor,
} from '../../../../src/lib/content/loaders/markdown-worker-pool.ts';

/** A configuration as Astro resolves it for this site (astro.config.mjs and Astro's defaults). */
const config = {
  markdown: {
    processor: markdownProcessor,
    syntaxHighlight: false,
    shikiConfig: {
      langs: [],
      theme: 'github-dark',
      themes: {},
      wrap: false,
      transformers: [],
      langAlias: {},
    },
    gfm: true,
    smartypants: true,
  },
  image: {
    domains: [],
    remotePatterns: [],
    service: { entrypoint: 'astro/assets/services/sharp', config: {} },
  },
} as unknown as LoaderContext['config']; // only the fields Astro's Markdown entry type and renderOptions read
const options = renderOptions(config);

const samples = [
  '## Strikes near the border\n\nIran said it hit "militant bases"; Pakistan\'s reply came within two days.',
  '| Date | Event |\n| --- | --- |\n| 16 Jan | Iranian strike |\n| 18 Jan | Pakistani strike |',
  'A claim.[^1]\n\n[^1]: A source, https://example.org/report.',
  '![A map of the border](./map.png "The border region")\n\nSee [the report](https://example.org/).',
  '- one\n- two\n\n### A third-level heading\n\n> A quotation -- with dashes...',
];

/**
 * What Astro itself renders on the main thread: its own Markdown entry type, the reference the workers must
 * match. Astro does not export the module, hence the path.
 */
async function onMainThread(body: string) {
  const render = await markdownContentEntryType.getRenderFunction?.(config);
  if (!render) throw new Error('Astro’s Markdown entry type has no render function');
  return render({ id: 'a', data: { title: 'A' }, body, filePath: '/site/content/articles/a.md' });
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

  test('a pool whose thread ended refuses the waiting work and all later work, instead of waiting for ever', async () => {
    // A thread that ends on its first job, the way a plugin calling process.exit() would end it.
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-workers-'));
    const script = join(dir, 'exits.mjs');
    writeFileSync(
      script,
      "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n",
    );
    const dying = new MarkdownWorkers(options, 1, pathToFileURL(script));
    await expect(dying.render('text', {}, undefined)).rejects.toThrow(
      'a Markdown worker thread ended (exit code 3)',
    );
    await expect(dying.render('more text', {}, undefined)).rejects.toThrow(
      'a Markdown worker thread ended (exit code 3)',
    );
    await dying.close();
    rmSync(dir, { recursive: true });
  });

  test('a stopped pool refuses work with a reason', async () => {
    const stopped = new MarkdownWorkers(options, 1);
    await stopped.close();
    const waiting = stopped.render('text', {}, undefined);
    await expect(waiting).rejects.toThrow('the Markdown workers were stopped');
  });
});

describe('sameProcessor', () => {
  test('accepts the processor of another load of src/config/markdown.ts, as Astro’s configuration gives it', async () => {
    // Astro loads astro.config.mjs (and so src/config/markdown.ts) apart from the build's own modules: its
    // processor is a different object whose plugins from this project are different functions of the same names.
    vi.resetModules();
    const { markdownProcessor: configured } = await import('../../../../src/config/markdown.ts');
    expect(configured).not.toBe(markdownProcessor);
    const figures = (processor: typeof markdownProcessor) =>
      processor.options.rehypePlugins
        .map((plugin) => (Array.isArray(plugin) ? (plugin as unknown[])[0] : plugin))
        .find((plugin) => (plugin as { name?: string } | undefined)?.name === 'rehypeFigures');
    expect(figures(configured)).not.toBe(figures(markdownProcessor));
    expect((figures(configured) as { name: string }).name).toBe('rehypeFigures');
    expect(sameProcessor(configured)).toBe(true);
  });

  test('refuses a processor with other plugins, or of another kind', async () => {
    const { unified } = await import('@astrojs/markdown-remark');
    const { satteri } = await import('@astrojs/markdown-satteri');
    const extra = unified({
      ...markdownProcessor.options,
      remarkPlugins: [...markdownProcessor.options.remarkPlugins, () => undefined],
    });
    expect(sameProcessor(extra)).toBe(false);
    expect(sameProcessor(unified({ ...markdownProcessor.options, rehypePlugins: [] }))).toBe(false);
    expect(sameProcessor(satteri())).toBe(false);
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

  test('renders on the main thread, with a warning, when the configured processor is not the workers’ one', async () => {
    const { unified } = await import('@astrojs/markdown-remark');
    const warnings: string[] = [];
    const original = () =>
      Promise.resolve(async () => Promise.resolve({ html: 'main thread', metadata: { imagePaths: [] } }));
    const changed = {
      ...config,
      markdown: { ...config.markdown, processor: unified({ remarkPlugins: [] }) },
    };
    const context = {
      config: changed,
      logger: { warn: (message: string) => warnings.push(message) },
      entryTypes: new Map([['.md', { getRenderFunction: original }]]),
    } as unknown as LoaderContext; // only what the loaders read
    const out: unknown[] = [];
    await markdownOnWorkers(renderingLoader(['text'], out)).load(context);
    expect(out[1]).toEqual({ html: 'main thread', metadata: { imagePaths: [] } });
    expect(warnings).toEqual([
      'markdown.processor is not the one in src/config/markdown.ts (or its plugins were changed): Markdown is rendered on the main thread',
    ]);
  });

  test('after a failed load, renders still running end quietly instead of failing as errors of their files', async () => {
    const context = {
      config,
      entryTypes: new Map([['.md', markdownContentEntryType]]),
    } as unknown as LoaderContext; // only what the loaders read
    const settled: PromiseSettledResult<unknown>[] = [];
    let inFlight: Promise<void> | undefined;
    // Like Astro's glob loader when one file breaks its schema: others are still rendering when load() rejects.
    const failing: Loader = {
      name: 'fake-glob',
      load: async (ctx) => {
        const types = (ctx as LoaderContext & { entryTypes: Map<string, typeof markdownContentEntryType> })
          .entryTypes;
        const render = await types.get('.md')?.getRenderFunction?.(config);
        if (!render) throw new Error('no render function was handed to the loader');
        inFlight = Promise.allSettled(
          samples.map((body) => render({ id: 'a', data: {}, body, filePath: '/site/a.md' })),
        ).then((results) => {
          settled.push(...results);
        });
        throw new Error('articles → bad.md: title: Required');
      },
    };
    await expect(markdownOnWorkers(failing).load(context)).rejects.toThrow('bad.md: title: Required');
    await inFlight;
    expect(settled).toHaveLength(samples.length);
    expect(settled.filter((result) => result.status === 'rejected')).toEqual([]);
  });

  test('leaves a context without entry types (another Astro version) to the loader as it is', async () => {
    const out: unknown[] = [];
    await markdownOnWorkers(renderingLoader(['text'], out)).load({ config: {} } as unknown as LoaderContext);
    expect(out).toEqual([undefined, undefined]);
  });
});
