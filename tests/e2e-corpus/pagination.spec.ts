import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { generateCorpus } from '../../bench/corpus.ts';
import { testEnv } from '../../src/config/env.ts';
import { builtPages } from '../support/built-site.ts';
import { corpusSearchShardSize, corpusSiteDir, corpusSiteOptions } from '../support/corpus-site.ts';

/**
 * Pagination on a generated site of 45 articles (tests/support/corpus-site.ts). The expected lists are worked
 * out here from the same deterministic corpus, not read from the built pages.
 */
const corpus = generateCorpus(corpusSiteOptions);
const published = corpus.articles
  .filter((a) => !a.data.draft)
  .sort((a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime() || (a.slug < b.slug ? -1 : 1));
const drafts = corpus.articles.filter((a) => a.data.draft);
const pages = builtPages(`${corpusSiteDir(testEnv.port)}/dist`);

/** The most used tag and author: both have more than 20 published articles. */
function mostUsed(keys: (a: (typeof published)[number]) => string[]): { slug: string; titles: string[] } {
  const counts = new Map<string, number>();
  for (const a of published) for (const k of keys(a)) counts.set(k, (counts.get(k) ?? 0) + 1);
  const [slug = ''] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return { slug, titles: published.filter((a) => keys(a).includes(slug)).map((a) => a.data.title) };
}
const tag = mostUsed((a) => a.data.tags);
const author = mostUsed((a) => [...a.data.authors]);

async function listedTitles(page: Page): Promise<string[]> {
  return page.locator('main article').getByRole('heading').getByRole('link').allTextContents();
}

/** Every title listed on a listing, following its Next links from the first page. */
async function allListed(page: Page, first: string): Promise<{ titles: string[]; pages: string[] }> {
  const titles: string[] = [];
  const visited: string[] = [];
  let next: string | null = first;
  while (next) {
    await page.goto(next);
    visited.push(new URL(page.url()).pathname);
    titles.push(...(await listedTitles(page)));
    const link = page
      .getByRole('navigation', { name: 'Pagination' })
      .getByRole('link', { name: 'Next page' });
    next = (await link.count()) > 0 ? await link.getAttribute('href') : null;
  }
  return { titles, pages: visited };
}

test('the corpus has a tag and an author with more than 20 articles, and drafts', () => {
  expect(tag.titles.length).toBeGreaterThan(20);
  expect(author.titles.length).toBeGreaterThan(20);
  expect(drafts.length).toBeGreaterThan(0);
});

test('a tag’s pages list exactly its articles, newest first, 20 a page, and page 2 exists', async ({
  page,
}) => {
  const { titles, pages: visited } = await allListed(page, `/tags/${tag.slug}/`);
  expect(titles).toEqual(tag.titles);
  expect(visited[1]).toBe(`/tags/${tag.slug}/2/`);
  expect(visited).toHaveLength(Math.ceil(tag.titles.length / 20));
});

test('an author’s pages list exactly their articles, and page 2 exists', async ({ page }) => {
  const { titles, pages: visited } = await allListed(page, `/authors/${author.slug}/`);
  expect(titles).toEqual(author.titles);
  expect(visited[1]).toBe(`/authors/${author.slug}/2/`);
});

test('the home page leads with the newest article and runs on to /page/2/ and /page/3/', async ({ page }) => {
  const { titles, pages: visited } = await allListed(page, '/');
  expect(titles).toEqual(published.map((a) => a.data.title));
  expect(visited).toEqual(['/', '/page/2/', '/page/3/']);
  for (const draft of drafts) expect(titles).not.toContain(draft.data.title);
});

test('no empty or out-of-range page is built', async ({ page }) => {
  expect(pages).not.toContain('/page/1/');
  expect(pages).not.toContain(`/tags/${tag.slug}/1/`);
  const lastTagPage = Math.ceil(tag.titles.length / 20);
  expect(pages).not.toContain(`/tags/${tag.slug}/${lastTagPage + 1}/`);
  const response = await page.goto('/page/4/');
  expect(response?.status()).toBe(404);
});

test('the pagination bar marks the current page and links to the others', async ({ page }) => {
  await page.goto('/page/2/');
  const nav = page.getByRole('navigation', { name: 'Pagination' });
  await expect(nav.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Page 1' })).not.toHaveAttribute('aria-current', /./);
  await expect(nav.getByRole('link', { name: 'Previous page' })).toHaveAttribute('href', '/');
  await expect(nav.getByRole('link', { name: 'Next page' })).toHaveAttribute('href', '/page/3/');
  await expect(nav.getByRole('link', { name: 'Page 3' })).toHaveAttribute('href', '/page/3/');
  await page.goto('/page/3/');
  await expect(nav.getByRole('link', { name: 'Next page' })).toHaveCount(0);
});

test('each archive month links to the page where it starts, and the counts add up', async ({
  page,
  request,
}) => {
  await page.goto('/archive/');
  const years = page.locator('main section');
  let total = 0;
  for (const text of await years.getByRole('heading', { level: 2 }).allTextContents()) {
    total += Number(/^\d{4} (\d+) articles?$/.exec(text)?.[1]);
  }
  expect(total).toBe(published.length);
  for (const href of await page
    .locator('main .months a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    const [path = '', anchor = ''] = (href ?? '').split('#');
    const html = await (await request.get(path)).text();
    expect(html, href ?? '').toContain(`id="${anchor}"`);
  }
});

test('every link on every listing page resolves', async ({ page, request }) => {
  const listings = pages.filter((p) => /^\/(?:$|page\/|tags\/|authors\/|archive\/)/.test(p));
  const links = new Set<string>();
  for (const path of listings) {
    await page.goto(path);
    for (const href of await page
      .locator('a[href^="/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      if (href) links.add(href.split('#')[0] ?? href);
    }
  }
  for (const a of published) expect(links).toContain(`/articles/${a.slug}/`);
  for (const href of links) expect((await request.get(href)).status(), href).toBe(200);
});

test('search finds an article of the generated corpus by a word of its title', async ({ page }) => {
  const title = published[5]?.data.title ?? '';
  // The title's rarest long word, so that the article is among the first results whatever the ranking.
  const articlesWith = (word: string) =>
    published.filter((a) => `${a.data.title} ${a.body}`.toLowerCase().includes(word.toLowerCase())).length;
  const [word = ''] = title
    .split(' ')
    .filter((w) => w.length > 8)
    .sort((a, b) => articlesWith(a) - articlesWith(b));
  expect(articlesWith(word)).toBeLessThanOrEqual(10);
  await page.goto(`/search/?q=${word}`);
  await expect(
    page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: title }),
  ).toBeVisible();
});

test('search reaches every shard of the index: the first and last article by address, and a topic’s count', async ({
  page,
  request,
}) => {
  // Pages are sharded in the order of their addresses (src/integrations/pagefind.ts).
  const shards = (await (await request.get('/pagefind/shards.json')).json()) as string[];
  expect(shards).toHaveLength(Math.ceil(published.length / corpusSearchShardSize) - 1);
  // Pagefind's engine is there; its ready-made interfaces, which the site does not use, are not shipped.
  expect((await request.get('/pagefind/pagefind.js')).status()).toBe(200);
  for (const folder of ['', ...shards]) {
    expect((await request.get(`/pagefind/${folder}pagefind-ui.js`)).status()).toBe(404);
    expect((await request.get(`/pagefind/${folder}pagefind-component-ui.css`)).status()).toBe(404);
  }
  const byAddress = [...published].sort((a, b) => (a.slug < b.slug ? -1 : 1));
  for (const article of [byAddress[0], byAddress.at(-1)]) {
    const title = article?.data.title ?? '';
    await page.goto(`/search/?q=${encodeURIComponent(title)}`);
    await expect(
      page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: title, exact: true }),
    ).toBeVisible();
  }
  const tagName = corpus.tags.find((t) => t.slug === tag.slug)?.data.name ?? '';
  await page.goto(`/search/?tag=${encodeURIComponent(tagName)}`);
  await expect(page.getByRole('status')).toHaveText(`${String(tag.titles.length)} results in ${tagName}.`);
});

test('a paginated listing has no WCAG 2.2 A/AA violations (axe), in light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const path of ['/page/2/', `/tags/${tag.slug}/2/`, '/archive/']) {
      await page.goto(path);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.help}`),
        `${path} ${colorScheme}`,
      ).toEqual([]);
    }
  }
});
