/**
 * The related-articles thread (see ./related-ahead.ts): scores every edition it is sent with the
 * content module's own scoreRelated, taking each article's terms from the build cache's terms memo and reading a
 * body only for an article whose terms it does not remember, then saves that memo and answers with the lists.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readBulk } from './bodies-on-disk.ts';
import { derivedMemo } from './derived-memo.ts';
import { scoreRelated } from '../site-index.ts';
import type { AheadJob, AheadReply } from './related-ahead.ts';

const port = parentPort;
if (!port) throw new Error('related-thread.ts runs as a worker thread only');

const job = workerData as AheadJob;
const started = performance.now();
const termsMemo = derivedMemo(job.termsFile, job.version);
const editions = job.editions.map(({ key, articles }) => {
  const lists = scoreRelated(
    articles.map(({ slug, digest, data }) => ({
      slug,
      digest,
      data,
      get body() {
        return readBulk({ id: slug, collection: 'articles', digest }, job.bodiesDir).body;
      },
    })),
    termsMemo.remember,
  );
  return { key, lists };
});
termsMemo.save();
port.postMessage({
  editions,
  ms: performance.now() - started,
  articles: job.editions.reduce((n, e) => n + e.articles.length, 0),
} satisfies AheadReply);
