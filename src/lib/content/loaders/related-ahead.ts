import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { Loader } from 'astro/loaders';
import { buildDate, cacheDir } from '../../../config/env.ts';
import type { Lang } from '../../../config/languages.ts';
import { byLanguage, isPublished, relatedKey, type RelatedLists, type RelatedSource } from '../editions.ts';
import { derivedMemo } from './derived-memo.ts';
import { sourceDigest } from './source-digest.ts';

/**
 * Scores the related articles of a build ahead of the pages, on a thread of their own, from the moment the
 * articles are loaded.
 *
 * Why: scoring every article's related links (the content module's longest step: 1.3 s at 5,000 articles on a
 * 2-core machine, and done again after any edit) held up the first page, while the second core sat idle through
 * the rest of the content sync and Vite's build of the site's code, which come first. As soon as the articles'
 * loader ends, this scores each edition's published articles on a worker thread, with the content module's own
 * code (scoreRelated in ../site-index.ts; the selection and the key from ../editions.ts); the content module
 * (../query.ts) waits for the lists and uses those whose key is its own. A list it does not find (articles it
 * sees otherwise) it scores itself, as before.
 *
 * Only in `astro build` (an integration says so, below), and only for a key the build cache does not already
 * remember (a rebuild after no change scores nothing).
 */

/** What the thread is sent. */
export interface AheadJob {
  editions: { key: string; articles: (Omit<RelatedSource, 'body'> & { digest: string })[] }[];
  /** The articles' bodies on disk (./bodies-on-disk.ts), read only for terms the memo does not have. */
  bodiesDir: string;
  /** The terms memo of the content module (../query.ts) and its version. */
  termsFile: string;
  version: string;
}

/** The thread's answer: each edition's lists, and how long it took. */
export interface AheadReply {
  editions: { key: string; lists: RelatedLists }[];
  ms: number;
  articles: number;
}

/** The module that derives word counts and related articles (with all it imports): the memos' version. */
export const SITE_INDEX_MODULE = 'src/lib/content/site-index.ts';

/** The memo files of the content module in a build cache (../query.ts reads and writes them). */
export const memoFiles = (cache: string) => ({
  derived: join(cache, 'derived-memo.json'),
  terms: join(cache, 'related-terms.json'),
});

/**
 * Shared through the process, not a module: the loader runs in Astro's content layer and the content module in
 * the build's server code, each with its own copy of this module.
 */
const channel = ((globalThis as Record<symbol, unknown>)[Symbol.for('dispatch.related-ahead')] ??= {}) as {
  building?: boolean;
  pending?: Promise<AheadReply>;
};

/** Tells the loader below that this is `astro build`: the dev server and `astro sync` score nothing ahead. */
export function relatedAheadIntegration(): AstroIntegration {
  return {
    name: 'dispatch:related-ahead',
    hooks: {
      'astro:config:setup': ({ command }) => {
        channel.building = command === 'build';
      },
    },
  };
}

/**
 * The articles' loader, which starts scoring the related articles once it has loaded them (see above), from the
 * bodies in `bodiesDir` (./bodies-on-disk.ts), with the memos of the build cache `cache`, at the build's `now`.
 */
export function relatedAhead(
  loader: Loader,
  bodiesDir: string,
  { cache = cacheDir, now = buildDate }: { cache?: string; now?: Date } = {},
): Loader {
  return {
    ...loader,
    load: async (context) => {
      await loader.load(context);
      if (channel.building !== true) return;
      const entries = [...context.store.values()].map((entry) => ({
        slug: entry.id,
        digest: entry.digest === undefined ? undefined : String(entry.digest),
        // Validated by the collection's schema: the article's front matter.
        data: entry.data as RelatedSource['data'] & { lang: Lang },
      }));
      const version = sourceDigest([SITE_INDEX_MODULE]);
      const files = memoFiles(cache);
      const remembered = derivedMemo(files.derived, version);
      const editions: AheadJob['editions'] = [];
      // The content module's own selection: published at the build's "now", drafts never (a build shows none).
      const published = entries.filter((a) => isPublished(a.data, { includeDrafts: false, now }));
      for (const [lang, articles] of byLanguage(published)) {
        const key = relatedKey(lang, articles);
        if (key === undefined || remembered.has(key)) continue;
        editions.push({
          key,
          articles: articles.map(({ slug, digest = '', data }) => ({
            slug,
            digest,
            data: {
              title: data.title,
              description: data.description,
              tags: data.tags,
              pubDate: data.pubDate,
              draft: data.draft,
              related: data.related,
            },
          })),
        });
      }
      if (editions.length === 0) return;
      const pending = scoreOnThread({ editions, bodiesDir, termsFile: files.terms, version });
      // Awaited by the content module; a failure is its to report, and must not go unhandled meanwhile.
      pending.catch(() => undefined);
      channel.pending = pending;
    },
  };
}

/** Runs the thread on `job`. */
function scoreOnThread(job: AheadJob): Promise<AheadReply> {
  // From the project root, as the build runs: Node runs the TypeScript as it is (like the share-card threads).
  const script = pathToFileURL(join(process.cwd(), 'src/lib/content/loaders/related-thread.ts'));
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: job });
    worker.once('message', (reply: AheadReply) => {
      resolve(reply);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      reject(new Error(`the related-articles thread ended without an answer (exit code ${String(code)})`));
    });
  });
}

/**
 * The lists scored ahead for this build, by key (none when nothing was scored ahead); taken once: a second
 * call (the dev server's next site index) finds none.
 */
export async function takeRelatedAhead(): Promise<{
  lists: ReadonlyMap<string, RelatedLists>;
  reply?: AheadReply;
}> {
  const pending = channel.pending;
  delete channel.pending;
  if (!pending) return { lists: new Map() };
  const reply = await pending;
  return { lists: new Map(reply.editions.map(({ key, lists }) => [key, lists])), reply };
}
