/**
 * The search page's behaviour: loaded by src/pages/search.astro only, so no other page carries search code.
 * It loads Pagefind's own script from the built site (/pagefind/pagefind.js, written by the build) on first
 * use, runs searches as the reader types or changes a filter, and lists results with title, date and
 * excerpt. The page works from its address too: /search/?q=Baluchistan&tag=Iran.
 */
import { searchExcerpt, type ExcerptSource } from './excerpt.ts';
import { parseShardList, SEARCH_SHARDS_FILE } from './shards.ts';
import {
  isSearch,
  pagefindFilters,
  paramsFromState,
  resultsSummary,
  stateFromParams,
  type SearchState,
  type SearchStrings,
} from './state.ts';

/** The parts of Pagefind's browser API this page uses (https://pagefind.app/docs/api/). */
interface PagefindResultData extends ExcerptSource {
  url: string;
}
interface Pagefind {
  options(options: { baseUrl?: string }): Promise<void>;
  mergeIndex(path: string, options: { baseUrl?: string }): Promise<void>;
  search(
    query: string | null,
    options: { filters: Record<string, string> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

const PAGE = 10;

const form = document.querySelector<HTMLFormElement>('#search-form');
const status = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');
const more = document.querySelector<HTMLButtonElement>('#search-more');
const unavailable = document.querySelector<HTMLElement>('#search-unavailable');

if (form && status && list && more) {
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  const bundle = form.dataset['bundle'] ?? '/pagefind/';
  const base = form.dataset['base'] ?? '/';
  // The page's language's words (the dictionary of src/lib/i18n/, handed over by the search page).
  const strings = JSON.parse(form.dataset['strings'] ?? '') as SearchStrings;
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;
  let pending: { id: string; data(): Promise<PagefindResultData> }[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const load = (): Promise<Pagefind> => {
    pagefind ??= (import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>).then(
      async (api) => {
        await api.options({ baseUrl: base });
        // A big site's index comes in shards (src/integrations/pagefind.ts): merge the others in.
        // Revalidated every time, as Pagefind does its own entry file: a stale list after a deploy would miss shards.
        const response = await fetch(`${bundle}${SEARCH_SHARDS_FILE}`, { cache: 'no-cache' });
        if (!response.ok) throw new Error(`${SEARCH_SHARDS_FILE}: HTTP ${String(response.status)}`);
        for (const shard of parseShardList(await response.json())) {
          await api.mergeIndex(`${bundle}${shard}`, { baseUrl: base });
        }
        return api;
      },
    );
    return pagefind;
  };

  const state = (): SearchState =>
    stateFromParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));

  const render = (result: PagefindResultData): HTMLLIElement => {
    const item = document.createElement('li');
    item.className = 'result';
    const heading = document.createElement('h2');
    const anchor = document.createElement('a');
    anchor.className = 'headline-link';
    anchor.href = result.url;
    anchor.textContent = result.meta['title'] ?? result.url;
    heading.append(anchor);
    item.append(heading);
    if (result.meta['date']) {
      const date = document.createElement('time');
      date.className = 'meta';
      date.dateTime = result.meta['datetime'] ?? '';
      date.textContent = result.meta['date'];
      item.append(date);
    }
    const excerpt = document.createElement('p');
    // Safe: the text is Pagefind's escaped page text, with only <mark> elements added (src/lib/search/excerpt.ts).
    excerpt.innerHTML = searchExcerpt(result);
    item.append(excerpt);
    return item;
  };

  const showMore = async (run: number) => {
    const next = pending.slice(0, PAGE);
    pending = pending.slice(PAGE);
    const data = await Promise.all(next.map((r) => r.data()));
    if (run !== latest) return;
    list.append(...data.map(render));
    more.hidden = pending.length === 0;
  };

  const search = async () => {
    const run = ++latest;
    const current = state();
    history.replaceState(null, '', `${location.pathname}${paramsFromState(current)}`);
    if (!isSearch(current)) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    try {
      const api = await load();
      const found = await api.search(current.query || null, { filters: pagefindFilters(current) });
      if (run !== latest || !found) return;
      list.replaceChildren();
      pending = found.results;
      status.textContent = resultsSummary(found.results.length, current, strings);
      await showMore(run);
    } catch (error) {
      console.error(error);
      // The notice shown without JavaScript fits here too, with another reason.
      const reason = document.querySelector('#search-unavailable-reason');
      if (reason) reason.textContent = strings.unavailable;
      if (unavailable) unavailable.hidden = false;
    }
  };

  // Fill the form from the address, then show it: without JavaScript it stays hidden and the page explains.
  const initial = stateFromParams(new URLSearchParams(location.search));
  field('q').value = initial.query;
  field('tag').value = initial.tag;
  field('author').value = initial.author;
  form.hidden = false;
  if (unavailable) unavailable.hidden = true;
  if (isSearch(initial)) void search();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search();
  });
  form.addEventListener('input', (event) => {
    clearTimeout(timer);
    // Typing waits for a pause; a filter applies at once.
    timer = setTimeout(() => void search(), event.target instanceof HTMLSelectElement ? 0 : 250);
  });
  // Start loading the index as soon as the reader heads for the search box.
  field('q').addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  more.addEventListener('click', () => void showMore(latest));
}
