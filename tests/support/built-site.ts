import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The folder the site is built into. */
export const distDir = 'dist';

/** The folder the fixture site (tests/fixtures/content) is built into by the browser tests' web server. */
export const fixtureDistDir = 'dist-fixtures';

/** Every HTML file of the built site, as paths relative to dist/. */
export function htmlFiles(dir: string = distDir): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => relative(dir, join(dir, file)).split(sep).join('/'))
    .sort();
}

/** The URL path a built HTML file is served at ("tags/iran/index.html" → "/tags/iran/"). */
export function urlPathOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** URL paths of every page of the built site. */
export function builtPages(dir: string = distDir): string[] {
  return htmlFiles(dir).map(urlPathOf);
}
