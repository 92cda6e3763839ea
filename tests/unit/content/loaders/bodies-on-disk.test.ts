import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { bodiesOnDisk, readBulk } from '../../../../src/lib/content/loaders/bodies-on-disk.ts';
import { memoryStore } from '../../../support/memory-store.ts';

/** A loader that, like Astro's glob loader, stores each article unless the store has it at the same digest. */
function fakeGlob(articles: { id: string; body: string; digest: string }[], seen: string[]): Loader {
  return {
    name: 'fake-glob',
    load: ({ store }) => {
      for (const { id, body, digest } of articles) {
        if (store.get(id)?.digest === digest) continue;
        seen.push(id);
        store.set({
          id,
          data: { title: id },
          body,
          digest,
          filePath: `content/articles/${id}.md`,
          rendered: { html: `<p>${body}</p>`, metadata: { headings: [], frontmatter: { title: id } } },
        });
      }
      return Promise.resolve();
    },
  };
}

/** Dates every file in `dir` an hour back, as if an earlier build had written them. */
function ageFiles(dir: string): void {
  const hourAgo = new Date(Date.now() - 3_600_000);
  for (const name of readdirSync(dir)) utimesSync(join(dir, name), hourAgo, hourAgo);
}

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'dispatch-bodies-'));
});
afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

const context = (store: LoaderContext['store']) =>
  // The wrapper reads only `collection` and `store`; the rest is handed on to the wrapped loader untouched.
  ({ collection: 'articles', store }) as unknown as LoaderContext;

describe('bodiesOnDisk', () => {
  test('keeps body and rendered HTML out of the store, in a file that readBulk reads back', async () => {
    const { store, entries } = memoryStore();
    await bodiesOnDisk(
      fakeGlob([{ id: 'gwadar', body: 'Strikes near Gwadar.', digest: 'a1' }], []),
      folder,
    ).load(context(store));
    const stored = entries.get('gwadar');
    expect(stored).toMatchObject({ id: 'gwadar', data: { title: 'gwadar' }, digest: 'a1' });
    expect(stored).not.toHaveProperty('body');
    expect(stored).not.toHaveProperty('rendered');
    expect(readBulk({ id: 'gwadar', collection: 'articles', digest: 'a1' }, folder)).toEqual({
      body: 'Strikes near Gwadar.',
      // The front matter is left out: the entry's data has it already.
      rendered: { html: '<p>Strikes near Gwadar.</p>', metadata: { headings: [], imagePaths: [] } },
    });
  });

  test('renders an unchanged entry again when its file is gone, and skips it when the file is there', async () => {
    const { store } = memoryStore();
    const articles = [{ id: 'gwadar', body: 'Text.', digest: 'a1' }];
    const seen: string[] = [];
    await bodiesOnDisk(fakeGlob(articles, seen), folder).load(context(store));
    await bodiesOnDisk(fakeGlob(articles, seen), folder).load(context(store));
    expect(seen).toEqual(['gwadar']);
    rmSync(join(folder, 'articles'), { recursive: true });
    await bodiesOnDisk(fakeGlob(articles, seen), folder).load(context(store));
    expect(seen).toEqual(['gwadar', 'gwadar']);
    expect(readBulk({ id: 'gwadar', collection: 'articles', digest: 'a1' }, folder).body).toBe('Text.');
  });

  test('removes the file of an edited article’s old version and of a deleted article', async () => {
    const { store, entries } = memoryStore();
    await bodiesOnDisk(
      fakeGlob(
        [
          { id: 'gwadar', body: 'First draft.', digest: 'a1' },
          { id: 'panjgur', body: 'Gone soon.', digest: 'b1' },
        ],
        [],
      ),
      folder,
    ).load(context(store));
    entries.delete('panjgur'); // what the glob loader does when a file is deleted
    ageFiles(join(folder, 'articles')); // written by an earlier build
    await bodiesOnDisk(fakeGlob([{ id: 'gwadar', body: 'Second draft.', digest: 'a2' }], []), folder).load(
      context(store),
    );
    expect(readdirSync(join(folder, 'articles'))).toEqual(['gwadar.a2.json']);
  });

  test('leaves alone files another process wrote during the load, and half-written ones', async () => {
    const { store } = memoryStore();
    const dir = join(folder, 'articles');
    const other: Loader = {
      name: 'fake-glob',
      load: () => {
        // `astro dev`, at work on the same content, writes its own files meanwhile.
        writeFileSync(join(dir, 'gwadar.b7.json'), '{}');
        writeFileSync(join(dir, 'gwadar.b8.json.123.partial'), '{');
        return Promise.resolve();
      },
    };
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'gwadar.b6.json.99.partial'), '{');
    ageFiles(dir);
    await bodiesOnDisk(other, folder).load(context(store));
    expect(readdirSync(dir).sort()).toEqual([
      'gwadar.b6.json.99.partial',
      'gwadar.b7.json',
      'gwadar.b8.json.123.partial',
    ]);
  });

  test('names the file of a very long id within what file systems allow', async () => {
    const { store } = memoryStore();
    const id = 'a'.repeat(300);
    await bodiesOnDisk(fakeGlob([{ id, body: 'Long.', digest: 'c1' }], []), folder).load(context(store));
    const [name = ''] = readdirSync(join(folder, 'articles'));
    expect(name.length).toBeLessThan(200);
    expect(readBulk({ id, collection: 'articles', digest: 'c1' }, folder).body).toBe('Long.');
    // Another long id with the same beginning gets another file.
    await bodiesOnDisk(fakeGlob([{ id: `${id}b`, body: 'Longer.', digest: 'c1' }], []), folder).load(
      context(store),
    );
    expect(readBulk({ id: `${id}b`, collection: 'articles', digest: 'c1' }, folder).body).toBe('Longer.');
  });

  test('stops the load when the loader could not render an entry, rather than store it without its HTML', async () => {
    const { store } = memoryStore();
    const failing: Loader = {
      name: 'fake-glob',
      load: ({ store: target }) => {
        // What Astro's glob loader does after logging a rendering error: the entry goes in without `rendered`.
        target.set({ id: 'gwadar', data: {}, body: 'Text.', digest: 'a1' });
        return Promise.resolve();
      },
    };
    await expect(bodiesOnDisk(failing, folder).load(context(store))).rejects.toThrow(
      'articles → gwadar: the Markdown could not be rendered (the error is logged above)',
    );
  });

  test('names the entry and what to run when its file is missing', () => {
    expect(() => readBulk({ id: 'gwadar', collection: 'articles', digest: 'a1' }, folder)).toThrow(
      /cannot read the body of articles → gwadar from .*gwadar\.a1\.json; run `npx astro sync`/,
    );
    expect(existsSync(join(folder, 'articles'))).toBe(false);
  });
});
