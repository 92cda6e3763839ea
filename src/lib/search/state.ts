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

/**
 * What the results sentence is made of, in the page's language (the search page hands them to its script from
 * the dictionary, src/lib/i18n/): `summary` places `{count}`, `{query}`, `{tag}` and `{author}`, each of the
 * last three an empty string when that part of the search is not set.
 */
export interface SearchStrings {
  /** BCP 47 tag: numbers and plural rules. */
  locale: string;
  /** Shown when the index cannot be loaded. */
  unavailable: string;
  none: string;
  count: { one: string; other: string };
  summary: string;
  forQuery: string;
  inTag: string;
  byAuthor: string;
}

const put = (template: string, name: string, value: string) => template.replace(`{${name}}`, value);

/** The sentence announcing the results, e.g. "3 results for “Baluchistan” in Iran." in the page's language. */
export function resultsSummary(count: number, state: SearchState, strings: SearchStrings): string {
  const form =
    new Intl.PluralRules(strings.locale).select(count) === 'one' ? strings.count.one : strings.count.other;
  const what =
    count === 0 ? strings.none : put(form, 'count', new Intl.NumberFormat(strings.locale).format(count));
  let sentence = put(strings.summary, 'count', what);
  sentence = put(sentence, 'query', state.query ? put(strings.forQuery, 'query', state.query) : '');
  sentence = put(sentence, 'tag', state.tag ? put(strings.inTag, 'tag', state.tag) : '');
  return put(sentence, 'author', state.author ? put(strings.byAuthor, 'author', state.author) : '');
}
