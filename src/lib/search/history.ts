import { sameSearchState, type SearchState } from './url-state.ts';

/** Browser history change for a new search: add an entry, replace the current one, or leave the history alone. */
export type HistoryAction = 'push' | 'replace' | 'none';

/**
 * Chooses how to record a search. Typing that extends or shortens the current query replaces the history entry, so
 * that Back does not step through every keystroke. A new query, or a change of filters or sort order, adds an entry.
 *
 * @example historyAction({ query: 'gau', … }, { query: 'gauss', … }) === 'replace'
 */
export function historyAction(previous: SearchState, next: SearchState): HistoryAction {
  if (sameSearchState(previous, next)) return 'none';

  const sameRest = sameSearchState({ ...previous, query: '' }, { ...next, query: '' });
  const refinesQuery = previous.query !== '' && (next.query.startsWith(previous.query) || previous.query.startsWith(next.query));
  return sameRest && refinesQuery ? 'replace' : 'push';
}
