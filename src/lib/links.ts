import { basePath, siteUrl } from '../config/env.ts';
import { withBase } from './urls.ts';

/** A site-relative path as a link that respects the configured base path (BASE_PATH). */
export const link = (path: string): string => withBase(basePath, path);

/** A site-relative path as an absolute URL on the configured site (feeds, canonical URLs, social tags). */
export const absoluteLink = (path: string): string => new URL(link(path), siteUrl).href;
