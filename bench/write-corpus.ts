/**
 * Writes a synthetic content folder (bench/corpus.ts) for building a large site:
 *
 *   npm run corpus -- --articles 1000 --out /tmp/dispatch-corpus [--seed 1] [--words 1200]
 *   DISPATCH_CONTENT_DIR=/tmp/dispatch-corpus npx astro build --outDir /tmp/dispatch-dist
 */
import { parseArgs } from 'node:util';
import { generateCorpus, writeCorpus } from './corpus.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    words: { type: 'string', default: '1200' },
    authors: { type: 'string', default: '20' },
    tags: { type: 'string', default: '200' },
  },
});
if (!values.out) {
  console.error('Usage: npm run corpus -- --articles 1000 --out <folder> [--seed 1] [--words 1200]');
  process.exit(2);
}
const corpus = generateCorpus({
  articles: Number(values.articles),
  seed: Number(values.seed),
  words: Number(values.words),
  authors: Number(values.authors),
  tags: Number(values.tags),
});
writeCorpus(corpus, values.out);
console.log(
  `Wrote ${corpus.articles.length} articles, ${corpus.authors.length} authors and ${corpus.tags.length} tags to ${values.out}`,
);
