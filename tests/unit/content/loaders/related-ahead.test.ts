import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { bodiesOnDisk } from '../../../../src/lib/content/loaders/bodies-on-disk.ts';
import {
  memoFiles,
  relatedAhead,
  relatedAheadIntegration,
  SITE_INDEX_MODULE,
  takeRelatedAhead,
} from '../../../../src/lib/content/loaders/related-ahead.ts';
import { sourceDigest } from '../../../../src/lib/content/loaders/source-digest.ts';
import { relatedKey } from '../../../../src/lib/content/editions.ts';
import { scoreRelated } from '../../../../src/lib/content/site-index.ts';
import { memoryStore } from '../../../support/memory-store.ts';

const now = new Date('2024-06-01T00:00:00Z');

interface Fixture {
  id: string;
  lang?: 'en' | 'ur';
  tags: string[];
  body: string;
  pubDate?: string;
  draft?: boolean;
  related?: string[];
}

/** Articles on two subjects in English, two in Urdu, a draft and one dated after `now`. */
const fixtures: Fixture[] = [
  { id: 'gwadar-strike', tags: ['iran', 'pakistan'], body: 'Missile strikes near Gwadar and the border.' },
  { id: 'border-talks', tags: ['iran', 'pakistan'], body: 'Talks on the border after the strikes.' },
  { id: 'balochistan-militants', tags: ['pakistan'], body: 'Militants in Balochistan and the border.' },
  { id: 'gulf-shipping', tags: ['gulf'], body: 'Tankers and insurance rates in the Gulf shipping lanes.' },
  {
    id: 'gulf-ports',
    tags: ['gulf'],
    body: 'Ports of the Gulf and their shipping.',
    related: ['border-talks'],
  },
  { id: 'draft-note', tags: ['iran'], body: 'Border strikes, a draft.', draft: true },
  { id: 'future-piece', tags: ['iran'], body: 'Border strikes, next month.', pubDate: '2024-07-01' },
  { id: 'gwadar-ur', lang: 'ur', tags: ['iran'], body: 'گوادر کے قریب حملے' },
  { id: 'border-ur', lang: 'ur', tags: ['iran'], body: 'سرحد پر حملے اور بات چیت' },
];

const dataOf = (f: Fixture) => ({
  title: f.id.replace(/-/g, ' '),
  description: `About ${f.id}.`,
  tags: f.tags,
  pubDate: new Date(f.pubDate ?? '2024-05-01'),
  draft: f.draft ?? false,
  related: f.related ?? [],
  lang: f.lang ?? 'en',
});

/** Like Astro's glob loader: stores each article with its front matter, body, digest and rendered HTML. */
function fakeGlob(articles: Fixture[], digestOf: (f: Fixture) => string): Loader {
  return {
    name: 'fake-glob',
    load: ({ store }) => {
      for (const f of articles)
        store.set({
          id: f.id,
          data: dataOf(f),
          body: f.body,
          digest: digestOf(f),
          rendered: { html: `<p>${f.body}</p>`, metadata: { headings: [] } },
        });
      return Promise.resolve();
    },
  };
}

let folder: string;
let cache: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'dispatch-ahead-bodies-'));
  cache = mkdtempSync(join(tmpdir(), 'dispatch-ahead-cache-'));
});
afterEach(async () => {
  await takeRelatedAhead().catch(() => undefined);
  setCommand('build');
  rmSync(folder, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
});

/** Runs the integration's setup hook as Astro would for `command`. */
function setCommand(command: 'build' | 'dev' | 'sync'): void {
  const setup = relatedAheadIntegration().hooks['astro:config:setup'] as (options: {
    command: string;
  }) => void;
  setup({ command });
}

/** Loads the fixtures through bodiesOnDisk and relatedAhead, as the articles' collection does. */
async function load(digestOf: (f: Fixture) => string = (f) => `d-${f.id}`): Promise<void> {
  const { store } = memoryStore();
  const loader = relatedAhead(bodiesOnDisk(fakeGlob(fixtures, digestOf), folder), folder, { cache, now });
  await loader.load({ collection: 'articles', store } as unknown as LoaderContext);
}

/** The published articles of a language, as the content module hands them to scoreRelated. */
const published = (lang: 'en' | 'ur') =>
  fixtures
    .filter((f) => (f.lang ?? 'en') === lang && !f.draft && new Date(f.pubDate ?? '2024-05-01') <= now)
    .map((f) => ({ slug: f.id, digest: `d-${f.id}`, data: dataOf(f), body: f.body }));

describe('relatedKey', () => {
  const articles = [
    { slug: 'a', digest: '1' },
    { slug: 'b', digest: '2' },
  ];
  test('names the articles and their digests, whatever their order', () => {
    expect(relatedKey('en', articles)).toBe(relatedKey('en', [...articles].reverse()));
    expect(relatedKey('en', articles)).not.toBe(
      relatedKey('en', [
        { slug: 'a', digest: '1' },
        { slug: 'b', digest: '3' },
      ]),
    );
    expect(relatedKey('en', articles)).not.toBe(relatedKey('ur', articles));
  });
  test('is undefined when an article has no digest', () => {
    expect(relatedKey('en', [{ slug: 'a', digest: '1' }, { slug: 'b' }])).toBeUndefined();
  });
});

describe('relatedAhead', () => {
  test('scores each edition’s published articles on a thread, as the content module would', async () => {
    setCommand('build');
    await load();
    const { lists, reply } = await takeRelatedAhead();
    const en = published('en');
    const ur = published('ur');
    expect(en.map((a) => a.slug)).toHaveLength(5);
    expect([...lists.keys()]).toEqual([relatedKey('en', en), relatedKey('ur', ur)]);
    expect(lists.get(relatedKey('en', en) ?? '')).toEqual(scoreRelated(en));
    expect(lists.get(relatedKey('ur', ur) ?? '')).toEqual(scoreRelated(ur));
    // The curated link first, then the computed ones; never the draft or the article not yet out.
    const gulfPorts = new Map(lists.get(relatedKey('en', en) ?? '')).get('gulf-ports');
    expect(gulfPorts?.[0]).toBe('border-talks');
    expect(gulfPorts).toContain('gulf-shipping');
    const everyLink = [...(lists.get(relatedKey('en', en) ?? '') ?? [])].flatMap(([, links]) => links);
    expect(everyLink).not.toContain('draft-note');
    expect(everyLink).not.toContain('future-piece');
    expect(reply?.articles).toBe(7);
    // The terms it extracted are remembered for the next build, under each article's digest.
    const terms = JSON.parse(readFileSync(memoFiles(cache).terms, 'utf8')) as { values: object };
    expect(Object.keys(terms.values).sort()).toEqual(
      [...en, ...ur].map((a) => `terms:${a.slug}:${a.digest}`).sort(),
    );
    // Taken once.
    expect((await takeRelatedAhead()).lists.size).toBe(0);
  });

  test('reads the bodies only for articles whose terms it does not remember', async () => {
    setCommand('build');
    await load();
    const first = await takeRelatedAhead();
    // Every body gone: the remembered terms must be enough for unchanged digests.
    rmSync(join(folder, 'articles'), { recursive: true, force: true });
    const { store } = memoryStore();
    const loader = relatedAhead(
      { name: 'loaded', load: fakeGlob(fixtures, (f) => `d-${f.id}`).load },
      folder,
      { cache, now },
    );
    // Scored again (the lists themselves were never handed to a content module to remember), from the terms alone.
    await loader.load({ collection: 'articles', store } as unknown as LoaderContext);
    const again = await takeRelatedAhead();
    expect(again.lists).toEqual(first.lists);
  });

  test('scores nothing outside a build', async () => {
    setCommand('dev');
    await load();
    expect((await takeRelatedAhead()).lists.size).toBe(0);
    expect(existsSync(memoFiles(cache).terms)).toBe(false);
  });

  test('scores nothing for an edition whose lists the build cache remembers', async () => {
    setCommand('build');
    const version = sourceDigest([SITE_INDEX_MODULE]);
    const key = relatedKey('en', published('en')) ?? '';
    writeFileSync(memoFiles(cache).derived, JSON.stringify({ version, values: { [key]: [] } }));
    await load();
    const { lists } = await takeRelatedAhead();
    expect([...lists.keys()]).toEqual([relatedKey('ur', published('ur'))]);
  });

  test('a thread that fails is reported to the content module', async () => {
    setCommand('build');
    const { store } = memoryStore();
    // No bodies on disk and no terms remembered: the thread cannot read what it must score.
    await relatedAhead(
      fakeGlob(fixtures, (f) => `d-${f.id}`),
      folder,
      { cache, now },
    ).load({
      collection: 'articles',
      store,
    } as unknown as LoaderContext);
    await expect(takeRelatedAhead()).rejects.toThrow(/cannot read the body of articles → /);
  });
});
