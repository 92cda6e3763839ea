import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Loader, LoaderContext } from 'astro/loaders';
import { markdownProcessor as workerProcessor } from '../../../config/markdown.ts';

interface UnifiedOptions {
  remarkPlugins: unknown[];
  rehypePlugins: unknown[];
  recmaPlugins: unknown[];
}

/**
 * Renders a loader's Markdown entries on worker threads, one per core (up to four), instead of on the build's
 * main thread.
 *
 * Why: rendering with the unified pipeline (remark-gfm and the rehype plugins of src/config/markdown.ts)
 * costs about 12 ms an article, most of a cold content sync, and the main thread also parses, validates and
 * stores every entry. Astro's glob loader renders ten entries at a time but on one thread; here its Markdown
 * entry type is handed a render function that sends each body to the next free worker, so the cores share
 * the work. Each worker builds the same processor from src/config/markdown.ts with the options Astro gives
 * (an integration that changed the processor's options in the main thread would not reach the workers;
 * none of this site's does). Output is the same, byte for byte: tests/unit/content/loaders/markdown-worker-pool.test.ts.
 *
 * The workers start with the first entry to render and stop when the load ends; a file changed later
 * under `astro dev` is rendered on the main thread, as Astro would.
 */

/** The options Astro passes a Markdown processor's createRenderer, as the workers receive them. */
export type RenderOptions = Parameters<(typeof workerProcessor)['createRenderer']>[0];

/** An entry to render, as a worker receives it. */
export interface RenderJob {
  id: number;
  body: string;
  data: Record<string, unknown>;
  filePath: string | undefined;
}

/** What an entry's rendering gives: Astro's RenderedContent. */
export interface Rendered {
  html: string;
  metadata: { imagePaths: string[]; [key: string]: unknown };
}

export type RenderReply = { id: number; rendered: Rendered } | { id: number; error: string };

type AstroConfig = LoaderContext['config'];
type RenderFunction = (entry: {
  data: Record<string, unknown>;
  body?: string | undefined;
  filePath?: string | undefined;
}) => Promise<Rendered | undefined>;

/**
 * The glob loader also reads the content entry types (by file extension) from its context: an Astro internal,
 * not part of the public LoaderContext type. Without it the loader is left as it is.
 */
interface GlobContext extends LoaderContext {
  entryTypes?: Map<string, { getRenderFunction?: (config: AstroConfig) => Promise<RenderFunction> }>;
}

/** A pool of rendering threads. */
export class MarkdownWorkers {
  readonly #workers: Worker[] = [];
  readonly #idle: Worker[] = [];
  readonly #queue: { job: RenderJob; resolve: (r: Rendered) => void; reject: (e: Error) => void }[] = [];
  readonly #pending = new Map<number, { resolve: (r: Rendered) => void; reject: (e: Error) => void }>();
  #nextId = 0;
  #broken: Error | undefined;

  constructor(
    options: RenderOptions,
    threads: number = Math.min(4, availableParallelism()),
    script: URL = new URL('./markdown-worker-thread.ts', import.meta.url),
  ) {
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(script, { workerData: options });
      worker.on('message', (reply: RenderReply) => {
        this.#settle(reply);
        this.#idle.push(worker);
        this.#next();
      });
      // A thread that fails or ends takes the whole pool down: every waiting entry is refused with the reason,
      // and so is every later one, so that the loader never waits on a thread that is gone.
      worker.on('error', (error: Error) => {
        this.#fail(error);
      });
      worker.on('messageerror', (error: Error) => {
        this.#fail(error);
      });
      worker.on('exit', (code) => {
        this.#fail(new Error(`a Markdown worker thread ended (exit code ${String(code)})`));
      });
      this.#workers.push(worker);
      this.#idle.push(worker);
    }
  }

  /** Renders one Markdown body as the site's processor does. */
  render(body: string, data: Record<string, unknown>, filePath: string | undefined): Promise<Rendered> {
    return new Promise((resolve, reject) => {
      if (this.#broken) {
        reject(this.#broken);
        return;
      }
      this.#queue.push({ job: { id: this.#nextId++, body, data, filePath }, resolve, reject });
      this.#next();
    });
  }

  /** Stops the threads; entries still waiting are refused. */
  async close(): Promise<void> {
    this.#fail(new Error('the Markdown workers were stopped'));
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }

  #fail(reason: Error): void {
    this.#broken ??= reason;
    this.#failAll(this.#broken);
  }

  #next(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const worker = this.#idle.pop();
      const task = this.#queue.shift();
      if (!worker || !task) return;
      this.#pending.set(task.job.id, task);
      worker.postMessage(task.job);
    }
  }

  #settle(reply: RenderReply): void {
    const task = this.#pending.get(reply.id);
    this.#pending.delete(reply.id);
    if ('error' in reply) task?.reject(new Error(reply.error));
    else task?.resolve(reply.rendered);
  }

  #failAll(error: Error): void {
    for (const task of [...this.#pending.values(), ...this.#queue]) task.reject(error);
    this.#pending.clear();
    this.#queue.length = 0;
  }
}

/** The createRenderer options Astro derives from the configuration (as its Markdown entry type does). */
export function renderOptions(config: AstroConfig): RenderOptions {
  const { markdown, image } = config;
  // The same values Astro's Markdown entry type passes; the cast is because Astro's config types and the
  // processor's option types disagree only under exactOptionalPropertyTypes (`x?: T` against `x?: T | undefined`).
  return {
    image: { domains: image.domains, remotePatterns: image.remotePatterns },
    syntaxHighlight: markdown.syntaxHighlight,
    shikiConfig: markdown.shikiConfig,
    // Deprecated as settings, but Astro still hands them to every processor, so the workers get them too.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    gfm: markdown.gfm,
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    smartypants: markdown.smartypants,
  } as RenderOptions;
}

/**
 * Whether Astro's configured processor is the one the workers build from src/config/markdown.ts: the same kind
 * with the same plugins. Astro and integrations may add plugins to the configured processor in the main thread
 * (the deprecated markdown.remarkPlugins, for one); the workers would not have them.
 */
export function sameProcessor(configured: AstroConfig['markdown']['processor']): boolean {
  const options = (processor: { options: object }) => processor.options as Partial<UnifiedOptions>;
  const ours = options(workerProcessor);
  const theirs = options(configured);
  return (
    configured.name === workerProcessor.name &&
    (['remarkPlugins', 'rehypePlugins', 'recmaPlugins'] as const).every(
      (key) =>
        (theirs[key]?.length ?? 0) === (ours[key]?.length ?? 0) &&
        (theirs[key] ?? []).every((plugin, i) => samePlugin(plugin, ours[key]?.[i])),
    )
  );
}

/** Plugins are compared by name: the two processors come from two loads of the same module. */
function samePlugin(a: unknown, b: unknown): boolean {
  const name = (plugin: unknown): string =>
    Array.isArray(plugin) ? name(plugin[0]) : typeof plugin === 'function' ? plugin.name : String(plugin);
  return name(a) === name(b);
}

/** `loader`, with its `.md` entries rendered by a pool of worker threads. */
export function markdownOnWorkers(loader: Loader): Loader {
  return {
    name: `${loader.name} (Markdown on worker threads)`,
    load: async (context: GlobContext) => {
      const markdown = context.entryTypes?.get('.md');
      const original = markdown?.getRenderFunction;
      if (!markdown || !original) {
        await loader.load(context);
        return;
      }
      if (!sameProcessor(context.config.markdown.processor)) {
        context.logger.warn(
          'markdown.processor is not the one in src/config/markdown.ts (or its plugins were changed): Markdown is rendered on the main thread',
        );
        await loader.load(context);
        return;
      }
      let pool: MarkdownWorkers | undefined;
      let loading = true;
      let failed = false;
      // A function, not the variable: TypeScript would keep the variable narrowed across the awaits where it changes.
      const loadFailed = () => failed;
      let onMainThread: RenderFunction | undefined;
      const render: RenderFunction = async (entry) => {
        if (failed) return undefined;
        if (!loading) {
          onMainThread ??= await original.call(markdown, context.config);
          return onMainThread(entry);
        }
        pool ??= new MarkdownWorkers(renderOptions(context.config));
        try {
          return await pool.render(entry.body ?? '', entry.data, entry.filePath);
        } catch (error) {
          // Once the load has failed, Astro's loader still finishes the entries it had started; their renders,
          // refused because the pool stopped, are not errors of those files, and reporting them as such would
          // bury the one error that stopped the build.
          if (loadFailed()) return undefined;
          throw error;
        }
      };
      const entryTypes = new Map(context.entryTypes);
      entryTypes.set('.md', { ...markdown, getRenderFunction: () => Promise.resolve(render) });
      try {
        const withWorkers: GlobContext = { ...context, entryTypes };
        await loader.load(withWorkers);
      } catch (error) {
        failed = true;
        throw error;
      } finally {
        loading = false;
        await pool?.close();
      }
    },
  };
}
