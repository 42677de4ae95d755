import { FILTER_NAMES, type SearchState } from './url-state.ts';

/**
 * Describes a finished search in one sentence for the page's `aria-live` region and for sighted readers.
 *
 * @example describeResults(12, { query: 'diffusion', filters: {}, sort: 'relevance' }) === '12 results for “diffusion”.'
 */
export function describeResults(count: number, state: SearchState): string {
  const filterCount = FILTER_NAMES.reduce((sum, name) => sum + (state.filters[name]?.length ?? 0), 0);
  const results = count === 0 ? 'No results' : `${count.toLocaleString('en')} result${count === 1 ? '' : 's'}`;
  const query = state.query ? ` for “${state.query}”` : '';
  const filters = filterCount === 0 ? '' : ` with ${filterCount} filter${filterCount === 1 ? '' : 's'}`;
  return `${results}${query}${filters}.`;
}
