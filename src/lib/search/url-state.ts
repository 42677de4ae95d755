/**
 * The state of a search as it is kept in the address bar: `?q=…&topic=…&day=…&month=…&code=…&sort=…`. A filter
 * parameter may repeat, one value each time, so that a value can contain any character.
 */

/** Result orders the search page offers. `relevance` is Pagefind's own ranking. */
export const SORT_ORDERS = ['relevance', 'newest', 'oldest'] as const;

export type SortOrder = (typeof SORT_ORDERS)[number];

/** Pagefind filter names, in the order the search page shows them. Each is also its URL parameter. */
export const FILTER_NAMES = ['topic', 'day', 'month', 'code'] as const;

export type FilterName = (typeof FILTER_NAMES)[number];

/** Selected filter values by filter name, as Pagefind's `search(term, { filters })` takes them. */
export type FilterSelection = Partial<Record<FilterName, string[]>>;

/** Query, filters and sort order of one search. */
export interface SearchState {
  /** Search terms as typed, trimmed; empty when only filters are set. */
  query: string;
  filters: FilterSelection;
  sort: SortOrder;
}

/** URL parameter that carries the matched terms from a result link to the paper page, which highlights them. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/** Maximum query length kept from a URL, in characters, so that a crafted link cannot make the page search a huge string. */
const MAX_QUERY_LENGTH = 500;

/**
 * Reads a search from URL parameters. Unknown parameters are ignored, repeated filter values are kept once, and an
 * unknown sort order falls back to `relevance`.
 *
 * @example parseSearchState(new URLSearchParams('q=vit&topic=Vision&sort=newest'))
 *   → { query: 'vit', filters: { topic: ['Vision'] }, sort: 'newest' }
 */
export function parseSearchState(params: URLSearchParams): SearchState {
  const query = (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH);

  const filters: FilterSelection = {};
  for (const name of FILTER_NAMES) {
    const values = [...new Set(params.getAll(name).map((value) => value.trim()))].filter((value) => value !== '');
    if (values.length > 0) filters[name] = values;
  }

  const sortParam = params.get('sort');
  const sort = SORT_ORDERS.find((order) => order === sortParam) ?? 'relevance';
  return { query, filters, sort };
}

/**
 * Writes a search as a query string with a leading `?`, or an empty string for an empty search. The output parses back
 * to the same state, and `relevance`, the default order, is left out.
 *
 * @example formatSearchState({ query: 'ViT-B/16', filters: {}, sort: 'relevance' }) === '?q=ViT-B%2F16'
 */
export function formatSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  const query = state.query.trim();
  if (query) params.set('q', query);

  for (const name of FILTER_NAMES) {
    for (const value of state.filters[name] ?? []) params.append(name, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);

  const text = params.toString().replaceAll('+', '%20');
  return text ? `?${text}` : '';
}

/** Tells whether two searches are the same, ignoring the order of filter values. */
export function sameSearchState(a: SearchState, b: SearchState): boolean {
  const normalize = (state: SearchState) => ({ ...state, filters: sortedFilters(state.filters) });
  return formatSearchState(normalize(a)) === formatSearchState(normalize(b));
}

function sortedFilters(filters: FilterSelection): FilterSelection {
  const sorted: FilterSelection = {};
  for (const name of FILTER_NAMES) {
    const values = filters[name];
    if (values && values.length > 0) sorted[name] = values.toSorted();
  }
  return sorted;
}

/** Name of the Pagefind sort key that contains a paper's first listing day, `YYYY-MM-DD`. */
export const DATE_SORT_KEY = 'date';

/**
 * Turns a sort order into the `sort` option of Pagefind's `search()`: empty for relevance, otherwise the date key with a
 * direction. ISO dates sort correctly as strings.
 */
export function toPagefindSort(sort: SortOrder): Record<string, 'asc' | 'desc'> {
  if (sort === 'newest') return { [DATE_SORT_KEY]: 'desc' };
  if (sort === 'oldest') return { [DATE_SORT_KEY]: 'asc' };
  return {};
}

/** Label of each filter on the search page. */
export const FILTER_LABELS = {
  topic: 'Topic',
  day: 'Listing day',
  month: 'Month',
  code: 'Code',
} as const satisfies Record<FilterName, string>;
