import { withBase } from './paths.ts';

/** A site-relative path as a link that respects the configured base path. */
export const link = (path: string): string => withBase(import.meta.env.BASE_URL, path);

/** A site-relative path as an absolute URL on the configured site (feeds, canonical URLs, social tags). */
export const absoluteLink = (path: string): string => new URL(link(path), import.meta.env.SITE).href;
