/**
 * Browser entry of the search page: mounts Pagefind's Component UI, keeps the query, filters and sort order in the URL
 * so that searches can be bookmarked and Back/Forward restore them, and announces each result count.
 */

import { historyAction } from '../lib/search/history.ts';
import { describeResults } from '../lib/search/results-summary.ts';
import { formatSearchState, parseSearchState, SORT_ORDERS, toPagefindSort, type SearchState } from '../lib/search/url-state.ts';
import { parseSearchSettings } from '../lib/search/search-settings.ts';
import { loadPagefindComponents, mergeSearchShards, MISSING_INDEX_MESSAGE, type PagefindInstance } from './pagefind-components.ts';

/** Component UI announcements that the page's own summary replaces, so that screen readers hear each count once. */
const SILENCED_ANNOUNCEMENTS = ['zero_results', 'one_result', 'many_results', 'total_zero_results', 'total_one_result', 'total_many_results'];

/** Mounts the search UI, or leaves the page's explanation of why search cannot run here. */
export async function startSearchPage(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  const template = root?.querySelector<HTMLTemplateElement>('template[data-search-template]');
  if (!root || !template) return;
  // Opened from file://, the page keeps its static message: module scripts and the Pagefind bundle cannot load there.
  if (location.protocol === 'file:') return;
  root.dataset.state = 'loading';

  let components;
  try {
    components = await loadPagefindComponents(root.dataset.bundlePath ?? '/pagefind/');
  } catch (error: unknown) {
    console.error(error);
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = MISSING_INDEX_MESSAGE;
    template.replaceWith(message);
    root.dataset.state = 'unavailable';
    return;
  }

  const instance = components.getInstanceManager().getInstance('default');
  const settings = parseSearchSettings(JSON.parse(root.dataset.searchSettings ?? 'null'));
  if (settings) mergeSearchShards(instance, settings.shardPaths, settings.cacheTag || undefined);
  instance.setTranslations(Object.fromEntries(SILENCED_ANNOUNCEMENTS.map((key) => [key, ''])));
  template.replaceWith(template.content.cloneNode(true));
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const sortSelect = root.querySelector<HTMLSelectElement>('[data-search-sort]');
  if (!status || !sortSelect) return;
  // Loading first lets the faceted mode run its initial empty search before the URL's search replaces it.
  await instance.triggerLoad();
  root.dataset.state = 'ready';

  const controller = new SearchController(instance, root, status, sortSelect);
  controller.apply(parseSearchState(new URLSearchParams(location.search)));
  root.querySelector<HTMLInputElement>('pagefind-input input')?.focus();
}

class SearchController {
  private current: SearchState;
  private restoring = false;

  constructor(
    private readonly instance: PagefindInstance,
    private readonly root: HTMLElement,
    private readonly status: HTMLElement,
    private readonly sortSelect: HTMLSelectElement,
  ) {
    this.current = parseSearchState(new URLSearchParams(location.search));

    instance.on('search', (term, filters) => this.record({ query: term.trim(), filters: { ...filters }, sort: this.current.sort }));
    // A new search clears the count, so that the summary never describes the results of an earlier search.
    instance.on('loading', () => {
      this.status.textContent = '';
    });
    instance.on('results', (result) => {
      this.status.textContent = describeResults(result.results.length, this.current);
    });
    sortSelect.addEventListener('change', () => this.changeSort(sortSelect.value));
    window.addEventListener('popstate', () => this.apply(parseSearchState(new URLSearchParams(location.search))));
  }

  /** Runs a search from a URL without writing it back to the history. */
  apply(state: SearchState): void {
    this.current = state;
    this.sortSelect.value = state.sort;
    this.instance.searchSort = toPagefindSort(state.sort);

    const input = this.root.querySelector<HTMLInputElement>('pagefind-input input');
    if (input) input.value = state.query;

    this.restoring = true;
    try {
      this.instance.triggerSearchWithFilters(state.query, { ...state.filters });
    } finally {
      this.restoring = false;
    }
  }

  private changeSort(value: string): void {
    const sort = SORT_ORDERS.find((order) => order === value) ?? 'relevance';
    this.instance.searchSort = toPagefindSort(sort);
    this.record({ ...this.current, sort });
    this.instance.triggerSearchWithFilters(this.instance.searchTerm, this.instance.searchFilters);
  }

  private record(next: SearchState): void {
    const previous = this.current;
    this.current = normalize(next);
    if (this.restoring) return;

    const action = historyAction(previous, this.current);
    if (action === 'none') return;

    const url = `${location.pathname}${formatSearchState(this.current)}${location.hash}`;
    if (action === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }
}

/** Drops empty filter lists that the Component UI leaves behind when a filter is cleared. */
function normalize(state: SearchState): SearchState {
  const filters = Object.fromEntries(Object.entries(state.filters).filter(([, values]) => values.length > 0));
  return { ...state, filters };
}
