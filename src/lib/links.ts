import { withBase } from './paths.ts';

/** A site-relative path as a link that respects the configured base path. */
export const link = (path: string): string => withBase(import.meta.env.BASE_URL, path);
