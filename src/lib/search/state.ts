/**
 * The search page's state, kept in its address (/search/?q=…&tag=…&author=…) so that a search can be
 * bookmarked, shared and reloaded. Pure: the page's script (src/lib/search/script.ts) does the DOM work.
 */

export interface SearchState {
  /** The words searched for, trimmed; empty for none. */
  query: string;
  /** A tag's display name, or empty for every tag. */
  tag: string;
  /** An author's display name, or empty for every author. */
  author: string;
}

/** The state an address's query string describes. */
export function stateFromParams(params: URLSearchParams): SearchState {
  return {
    query: (params.get('q') ?? '').trim(),
    tag: params.get('tag') ?? '',
    author: params.get('author') ?? '',
  };
}

/** The query string of a state, without empty fields ("" when nothing is searched). */
export function paramsFromState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  if (state.tag) params.set('tag', state.tag);
  if (state.author) params.set('author', state.author);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether there is anything to search for: words or a filter. */
export function isSearch(state: SearchState): boolean {
  return state.query !== '' || state.tag !== '' || state.author !== '';
}

/** Pagefind's filters for a state: only the filters that are set. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  const filters: Record<string, string> = {};
  if (state.tag) filters['tag'] = state.tag;
  if (state.author) filters['author'] = state.author;
  return filters;
}

/** The sentence announcing the results, e.g. "3 results for “Baluchistan” in Iran". */
export function resultsSummary(count: number, state: SearchState): string {
  const what = count === 0 ? 'No results' : `${count} ${count === 1 ? 'result' : 'results'}`;
  const words = state.query ? ` for “${state.query}”` : '';
  const within = [state.tag && `in ${state.tag}`, state.author && `by ${state.author}`]
    .filter(Boolean)
    .join(' ');
  return `${what}${words}${within ? ` ${within}` : ''}.`;
}
