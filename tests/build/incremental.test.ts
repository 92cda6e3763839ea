import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus, writeCorpus } from '../../bench/corpus.ts';
import { buildSite, contentPlus, fixtureSite, type Build } from '../support/build-site.ts';

/**
 * Proof that a warm build equals a cold one: the site is built cold, then edited the ways a newsroom edits it
 * (a word in one article's body, one article's tags, an author's name, a new article, an article taken down),
 * rebuilt warm after each edit with every cache kept (Astro's incremental page cache, the content store, the
 * articles' rendered bodies, the share cards, the search index shards) and the output folder of the last build
 * (src/integrations/keep-out-dir.ts), and compared byte for byte with a cold build of the same content into a
 * cache of its own. Any difference fails, naming the files that differ.
 *
 * The content: the fixture site (hero and figure images, corrections, sources, a draft, a scheduled piece) and
 * 40 generated articles on three tags, so that listings run to more than one page and the search index to more
 * than one shard; the build date is fixed.
 */

const work = mkdtempSync(join(tmpdir(), 'dispatch-incremental-'));
const content = contentPlus('tests/fixtures/publishing/articles');
const env = {
  DISPATCH_CONTENT_DIR: content,
  DISPATCH_BUILD_DATE: fixtureSite.buildDate,
  DISPATCH_SEARCH_SHARD_SIZE: '15',
};
const warm = { outDir: join(work, 'warm'), cacheDir: join(work, 'warm-cache') };

/** Every file of a folder with the SHA-256 of its bytes. */
function fingerprint(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, file);
    if (statSync(path).isFile())
      files.set(file, createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return files;
}

/** The files that differ between two folders: missing from one, or with other bytes. */
function differences(a: string, b: string): string[] {
  const [left, right] = [fingerprint(a), fingerprint(b)];
  const names = new Set([...left.keys(), ...right.keys()]);
  return [...names].filter((name) => left.get(name) !== right.get(name)).sort();
}

/** The pages a warm build took from its cache instead of rendering (Astro logs them "(restored)" or "(cached)"). */
function reused(build: Build): string[] {
  return [...build.output.matchAll(/├─ (\S+) \((?:restored|cached)\)/g)].map(([, path = '']) => path);
}

function built(build: Build): Build {
  expect(build.status, build.output.slice(-3000)).toBe(0);
  return build;
}

/** Builds warm (the same output folder and caches every time) and cold (fresh folders), and compares them. */
function warmAgainstCold(): { warm: Build; cold: Build; differing: string[] } {
  const warmBuild = built(buildSite(env, warm));
  const coldBuild = built(buildSite(env));
  return { warm: warmBuild, cold: coldBuild, differing: differences(warmBuild.distDir, coldBuild.distDir) };
}

const article = (slug: string) => join(content, 'articles', `${slug}.md`);
const corpus = generateCorpus({
  articles: 40,
  authors: 3,
  tags: 3,
  words: 120,
  seed: 7,
  end: new Date('2024-01-10T00:00:00Z'),
  years: 1,
  draftShare: 0,
});
const [edited, retagged, removed] = corpus.articles;
const renamed = corpus.authors[0];

beforeAll(() => {
  // The generated articles, authors and tags beside the fixture content (their slugs do not collide).
  const generated = join(work, 'generated');
  writeCorpus(corpus, generated);
  for (const folder of ['articles', 'authors', 'tags']) {
    cpSync(join(generated, folder), join(content, folder), { recursive: true });
  }
  built(buildSite(env, warm));
}, 240_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(content, { recursive: true, force: true });
});

describe('a warm build after an edit is byte-identical to a cold build', () => {
  test('with nothing changed, every page comes from the cache', () => {
    const { warm: build, differing } = warmAgainstCold();
    expect(differing).toEqual([]);
    expect(reused(build)).toContain('/articles/corrected-analysis/index.html');
    // Every share card stays in place: the same file as in the build cache.
    const [, inPlace, kept] =
      /(\d+) share cards in place \((\d+) kept from the last build\)/.exec(build.output) ?? [];
    expect(Number(inPlace)).toBeGreaterThan(40);
    expect(kept).toBe(inPlace);
    // The output folder of the last build is kept: the pages stay in place ("cached"), none is copied back.
    expect(build.output).toContain('the output folder of the last build is kept');
    expect(build.output).toContain('/articles/corrected-analysis/index.html (cached)');
  }, 240_000);

  test('a build started another way, in another environment, reuses every page', () => {
    // The shell's `_` and variables named in src/config/env.ts (CI, PATH, HOME) were once compiled into the build:
    // a build started by another command, or on a CI runner with another value, rendered every page again.
    const build = built(buildSite({ ...env, CI: 'dispatch-incremental-test', _: '/usr/bin/env' }, warm));
    expect(build.output).toContain('/articles/corrected-analysis/index.html (cached)');
    expect(build.output).toContain('/tags/index.html (cached)');
  }, 240_000);

  test('an output folder changed since the last build is emptied first', () => {
    // A page edited by hand and a file the build never made: neither may survive into the next build.
    const page = join(warm.outDir, 'articles', 'corrected-analysis', 'index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('</h1>', ' (edited by hand)</h1>'));
    writeFileSync(join(warm.outDir, 'stray.html'), '<p>not from the build</p>');
    const { warm: build, differing } = warmAgainstCold();
    expect(build.output).toContain('the output folder is emptied: it changed since the last build');
    expect(differing).toEqual([]);
    // Copied back from the build cache, not rendered again.
    expect(build.output).toContain('/articles/corrected-analysis/index.html (restored)');
  }, 240_000);

  test('after a word of one article’s body is changed', () => {
    const file = join(content, 'articles', 'corrected-analysis', 'index.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('A paragraph after the figure.', 'A paragraph below the figure.'),
    );
    const { warm: build, differing } = warmAgainstCold();
    expect(differing).toEqual([]);
    // The article is rendered again; the articles that do not show it come from the cache.
    expect(reused(build)).not.toContain('/articles/corrected-analysis/index.html');
    expect(reused(build)).toContain('/articles/first-article/index.html');
  }, 240_000);

  test('after one article’s tags are changed', () => {
    if (!edited || !retagged) throw new Error('the corpus is too small');
    const file = article(retagged.slug);
    const tags = corpus.tags.map((t) => t.slug).filter((slug) => !retagged.data.tags.includes(slug));
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/^tags:\n(?: {2}- .*\n)+/m, `tags:\n  - ${tags[0] ?? ''}\n`),
    );
    const { warm: build, differing } = warmAgainstCold();
    expect(differing).toEqual([]);
    expect(reused(build)).not.toContain(`/articles/${retagged.slug}/index.html`);
  }, 240_000);

  test('after an author’s name is changed', () => {
    if (!renamed) throw new Error('the corpus has no author');
    const file = join(content, 'authors', `${renamed.slug}.yaml`);
    writeFileSync(file, yaml.dump({ ...renamed.data, name: `${renamed.data.name} Jr` }));
    const { warm: build, differing } = warmAgainstCold();
    expect(differing).toEqual([]);
    // Every article by the author shows the new name: none of them may come from the cache.
    const byAuthor = corpus.articles.filter((a) => a.data.authors.includes(renamed.slug));
    expect(byAuthor.length).toBeGreaterThan(0);
    for (const a of byAuthor) expect(reused(build)).not.toContain(`/articles/${a.slug}/index.html`);
  }, 240_000);

  test('after a standards page and a series are edited', () => {
    const page = join(content, 'pages', 'corrections-policy.md');
    writeFileSync(page, readFileSync(page, 'utf8').replace('oldest first', 'the oldest first'));
    const series = join(content, 'series', 'border-dispatches.yaml');
    writeFileSync(series, readFileSync(series, 'utf8').replace(/^title: (.*)$/m, 'title: $1 Revisited'));
    const { warm: build, differing } = warmAgainstCold();
    expect(differing).toEqual([]);
    for (const path of [
      '/corrections-policy/index.html',
      '/series/border-dispatches/index.html',
      '/series/border-dispatches/rss.xml',
      '/articles/border-dispatches-two/index.html',
    ])
      expect(reused(build)).not.toContain(path);
    expect(reused(build)).toContain('/articles/first-article/index.html');
  }, 240_000);

  test('after a new article is added', () => {
    if (!edited) throw new Error('the corpus is too small');
    const text = readFileSync(article(edited.slug), 'utf8')
      .replace(/^title: .*$/m, 'title: A new article on the front page')
      .replace(/^pubDate: .*$/m, 'pubDate: 2024-01-12T09:00:00.000Z')
      .replace(/^updatedDate: .*\n/m, '');
    writeFileSync(article('a-new-article'), text);
    const { differing } = warmAgainstCold();
    expect(differing).toEqual([]);
  }, 240_000);

  test('after an article is taken down', () => {
    if (!removed) throw new Error('the corpus is too small');
    rmSync(article(removed.slug));
    const { warm: build, differing } = warmAgainstCold();
    expect(differing).toEqual([]);
    expect(fingerprint(build.distDir).has(`articles/${removed.slug}/index.html`)).toBe(false);
    // Gone from the kept output folder, with its share card and the folder that held them.
    expect(build.output).toMatch(/\d+ file\(s\) the build no longer makes removed/);
    expect(build.output).toMatch(
      /share cards in place \(\d+ kept from the last build\), 1 no longer made removed/,
    );
    expect(existsSync(join(build.distDir, 'articles', removed.slug))).toBe(false);
  }, 240_000);
});
