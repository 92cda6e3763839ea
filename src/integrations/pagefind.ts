import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site with Pagefind at the end of every `astro build`, into <outDir>/pagefind/, so that
 * `npm run build` and a build into another folder (`astro build --outDir …`) both ship a search index.
 * Pagefind's binary comes from the npm package @pagefind/linux-x64 (and its siblings): nothing is downloaded.
 * Only the regions marked `data-pagefind-body` (the article: headline, dek, body and figure captions) are
 * indexed, less what is marked `data-pagefind-ignore` (byline, table of contents, end matter).
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'dispatch:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          // A figure's credit ("Dispatch graphic") is attribution, not article text; its caption is text.
          const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['figcaption .credit'] });
          if (!index) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
          if (added.page_count === 0) throw new Error('no page of the built site was indexed');
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(
            `search index of ${added.page_count} pages written to ${written.outputPath} in ${seconds} s`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
