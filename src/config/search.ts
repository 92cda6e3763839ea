import { parseShardSize } from '../lib/search/shards.ts';

/**
 * How many pages one shard of the search index holds (src/integrations/pagefind.ts). Pagefind needs about
 * 0.6 MB of memory an article while it indexes, so 2,000 pages keep one shard near 1.2 GB, beside the
 * build's own memory. DISPATCH_SEARCH_SHARD_SIZE changes it; the tests set it low to search across shards.
 */
export const searchShardSize: number = parseShardSize(process.env['DISPATCH_SEARCH_SHARD_SIZE'] || '2000');
