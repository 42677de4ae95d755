/**
 * Loads Pagefind's Component UI from the bundle the build wrote, once per page, and types the small part of its
 * instance API that this site uses (checked against pagefind-component-ui.js of Pagefind 1.6.0).
 */

import { HIGHLIGHT_PARAM, type FilterSelection } from '../lib/search/url-state.ts';

/** One search's results as the Component UI reports them in its `results` event. */
export interface PagefindResults {
  results: unknown[];
}

type InstanceEvent = 'search' | 'results' | 'error' | 'filters' | 'loading';

/** The Component UI's search instance, shared by every component with the same `instance` attribute. */
export interface PagefindInstance {
  searchTerm: string;
  searchFilters: FilterSelection;
  /** Sort option passed to `pagefind.search()`, for example `{ date: 'desc' }`; empty for relevance. */
  searchSort: Record<string, string>;
  on(event: 'search', callback: (term: string, filters: FilterSelection) => void): void;
  on(event: 'results', callback: (result: PagefindResults) => void): void;
  on(event: InstanceEvent, callback: (...args: never[]) => void): void;
  triggerLoad(): Promise<void>;
  triggerSearchWithFilters(term: string, filters: FilterSelection): void;
  setTranslations(overrides: Record<string, string>): void;
  applyOptions(options: { mergeIndex?: Array<{ bundlePath: string; highlightParam?: string; metaCacheTag?: string }> }): void;
}

export interface PagefindComponents {
  getInstanceManager(): { getInstance(name: string): PagefindInstance };
}

declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}

let loading: Promise<PagefindComponents> | undefined;

/**
 * Adds the Component UI's stylesheet and script to the page and resolves once its custom elements are defined.
 * Rejects when the bundle is missing, as in `astro dev` before a build; a later call tries again.
 */
export function loadPagefindComponents(bundlePath: string): Promise<PagefindComponents> {
  loading ??= new Promise<PagefindComponents>((resolve, reject) => {
    const stylesheet = document.createElement('link');
    stylesheet.rel = 'stylesheet';
    stylesheet.href = `${bundlePath}pagefind-component-ui.css`;
    document.head.append(stylesheet);

    const script = document.createElement('script');
    script.src = `${bundlePath}pagefind-component-ui.js`;
    script.onload = () => {
      if (window.PagefindComponents) resolve(window.PagefindComponents);
      else reject(new Error(`${script.src} loaded but defined no PagefindComponents.`));
    };
    script.onerror = () => reject(new Error(`Failed to load ${script.src}.`));
    document.head.append(script);
  }).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** Message shown wherever search cannot run because the Pagefind bundle is missing. */
export const MISSING_INDEX_MESSAGE =
  'Search is unavailable because the search index was not found. The index is written by `npm run build`: build the site, then serve it with `npm run preview`.';

/**
 * Adds the other search index shards of a large site to an instance before it loads, so that every search covers all
 * papers. `shardPaths` lists their bundle folders and is empty for a site with one index. Pagefind applies options per
 * index, so each shard gets the cache tag and the highlight parameter that the primary index gets from the page.
 */
export function mergeSearchShards(instance: PagefindInstance, shardPaths: readonly string[], cacheTag: string | undefined): void {
  if (shardPaths.length === 0) return;
  instance.applyOptions({
    mergeIndex: shardPaths.map((bundlePath) => ({ bundlePath, highlightParam: HIGHLIGHT_PARAM, ...(cacheTag ? { metaCacheTag: cacheTag } : {}) })),
  });
}
