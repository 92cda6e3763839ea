/**
 * One Markdown rendering thread (see markdown-worker-pool.ts): builds the site's unified processor
 * (src/config/markdown.ts) with the options Astro gave the main thread, then renders what it is sent, giving
 * back what Astro's own Markdown entry type gives (HTML, and metadata with the image paths).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { markdownProcessor } from '../../../config/markdown.ts';
import type { RenderJob, RenderOptions, RenderReply } from './markdown-worker-pool.ts';

const port = parentPort;
if (!port) throw new Error('markdown-worker-thread.ts runs as a worker thread only');

const renderer = await markdownProcessor.createRenderer(workerData as RenderOptions); // set by markdown-worker-pool.ts

port.on('message', (job: RenderJob) => {
  renderer
    .render(job.body, {
      frontmatter: job.data,
      ...(job.filePath !== undefined && { fileURL: pathToFileURL(job.filePath) }),
    })
    .then(
      (result) => {
        const { localImagePaths, remoteImagePaths } = result.metadata;
        const reply: RenderReply = {
          id: job.id,
          rendered: {
            html: result.code,
            metadata: { ...result.metadata, imagePaths: [...localImagePaths, ...remoteImagePaths] },
          },
        };
        port.postMessage(reply);
      },
      (error: unknown) => {
        const reply: RenderReply = {
          id: job.id,
          error: error instanceof Error ? error.message : String(error),
        };
        port.postMessage(reply);
      },
    );
});
