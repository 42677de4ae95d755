/**
 * Browser entry of the header search on every page: opens the search dialog on click, `/` or Ctrl/Cmd+K, highlights
 * the terms a search result link carries, and registers the service worker that keeps the site usable offline. The
 * Pagefind bundle is fetched only when the dialog first opens. It also starts the list navigation and copy button of
 * reading pages, so that those pages load this one script.
 */

import { parseSearchSettings, type SearchSettings } from '../lib/search/search-settings.ts';
import { HIGHLIGHT_PARAM } from '../lib/search/url-state.ts';
import { startReadingEnhancements } from './reading-enhancements.ts';
import { loadPagefindComponents, mergeSearchShards, type PagefindComponents } from './pagefind-components.ts';

interface EntrySettings {
  bundlePath: string;
  /** URL of `search-settings.json`, with the build id and the index shards. */
  searchSettingsUrl: string;
  serviceWorkerUrl: string;
  scope: string;
}

/** Wires the header search entry. Does nothing when the page was opened from `file://`, where none of it can work. */
export function startSearchEntry(): void {
  startReadingEnhancements();

  const entry = document.querySelector<HTMLElement>('[data-search-entry]');
  const trigger = entry?.querySelector<HTMLAnchorElement>('[data-search-trigger]');
  if (!entry || !trigger || location.protocol === 'file:') return;

  const settings: EntrySettings = {
    bundlePath: entry.dataset.bundlePath ?? '/pagefind/',
    searchSettingsUrl: entry.dataset.searchSettings ?? '',
    serviceWorkerUrl: entry.dataset.serviceWorker ?? '',
    scope: entry.dataset.scope ?? '/',
  };

  trigger.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void openSearch(settings, trigger);
  });
  document.addEventListener('keydown', (event) => {
    if (!isSearchShortcut(event)) return;
    event.preventDefault();
    void openSearch(settings, trigger);
  });

  if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) void highlightTerms(settings.bundlePath);
  if (settings.serviceWorkerUrl) registerServiceWorker(settings, entry.querySelector<HTMLElement>('[data-offline-status]'));
}

function isSearchShortcut(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.isComposing) return false;
  if (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey) return true;
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return false;

  // `/` is an ordinary character while the reader is typing.
  const target = event.target;
  return !(target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select')));
}

async function openSearch(settings: EntrySettings, trigger: HTMLAnchorElement): Promise<void> {
  // The search page has its own search box: focus it rather than stacking a dialog over it.
  const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] pagefind-input input');
  if (pageInput) {
    pageInput.focus();
    return;
  }

  let components: PagefindComponents;
  let searchSettings: SearchSettings;
  try {
    [components, searchSettings] = await Promise.all([loadPagefindComponents(settings.bundlePath), fetchSearchSettings(settings.searchSettingsUrl)]);
  } catch (error: unknown) {
    // The search page explains what is missing, for example in `astro dev` before a build.
    console.error(error);
    location.assign(trigger.href);
    return;
  }

  const existing = document.querySelector('pagefind-modal');
  if (existing && (await isNewerBuildDeployed(settings.searchSettingsUrl, searchSettings.cacheTag))) {
    // The dialog's index names files that the new build replaced, so its searches would find nothing. The search
    // page loads the current index.
    location.assign(trigger.href);
    return;
  }

  const modal = existing ?? createDialog(settings, searchSettings, components);
  await customElements.whenDefined('pagefind-modal');
  requestAnimationFrame(() => (modal as HTMLElement & { open(): void }).open());
}

let settingsRequest: Promise<SearchSettings> | undefined;

/**
 * Fetches the build id and index shards once per page. Without a service worker the request revalidates with the
 * server, so that a page kept in the browser's cache searches the current index. With one, the worker serves it from its
 * precache, which contains the index of the same build, until a new build's worker replaces both.
 */
function fetchSearchSettings(url: string): Promise<SearchSettings> {
  settingsRequest ??= requestSearchSettings(url).catch((error: unknown) => {
    settingsRequest = undefined;
    throw error;
  });
  return settingsRequest;
}

/** Requests the settings file, revalidated with the server, and rejects when it is missing or invalid. */
async function requestSearchSettings(url: string): Promise<SearchSettings> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url} returned HTTP ${response.status}.`);

  const parsed = parseSearchSettings(await response.json());
  if (!parsed) throw new Error(`${url} is invalid: expected a cacheTag string and a shardPaths list.`);
  return parsed;
}

/**
 * Reports whether the site now serves another build than the one whose index this page loaded, because the settings
 * file, requested again, names another build id. Returns false when the request fails, as offline without a service
 * worker, so that the loaded dialog still opens.
 */
async function isNewerBuildDeployed(url: string, loadedTag: string): Promise<boolean> {
  try {
    return (await requestSearchSettings(url)).cacheTag !== loadedTag;
  } catch (error: unknown) {
    console.warn('Could not check for a newer build, so the loaded search index is used:', error);
    return false;
  }
}

function createDialog(settings: EntrySettings, searchSettings: SearchSettings, components: PagefindComponents): Element {
  const config = document.createElement('pagefind-config');
  config.setAttribute('bundle-path', settings.bundlePath);
  config.setAttribute('highlight-param', HIGHLIGHT_PARAM);
  config.setAttribute('lang', 'en');
  if (searchSettings.cacheTag) config.setAttribute('meta-cache-tag', searchSettings.cacheTag);

  const modal = document.createElement('pagefind-modal');
  modal.setAttribute('reset-on-close', 'false');
  document.body.append(config, modal);
  mergeSearchShards(components.getInstanceManager().getInstance('default'), searchSettings.shardPaths, searchSettings.cacheTag);
  return modal;
}

async function highlightTerms(bundlePath: string): Promise<void> {
  try {
    const module: unknown = await import(/* @vite-ignore */ `${bundlePath}pagefind-highlight.js`);
    const Highlight = typeof module === 'object' && module !== null && 'default' in module ? module.default : undefined;
    if (typeof Highlight !== 'function') throw new Error('pagefind-highlight.js exports no PagefindHighlight class.');
    // Styles come from the site's stylesheet: the script's own would be an inline <style>.
    new (Highlight as new (options: object) => unknown)({ highlightParam: HIGHLIGHT_PARAM, addStyles: false, markOptions: { className: 'search-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] } });
  } catch (error: unknown) {
    // Highlighting is a convenience: the page reads fine without it.
    console.warn('Search terms were not highlighted:', error);
  }
}

function registerServiceWorker(settings: EntrySettings, status: HTMLElement | null): void {
  if (!('serviceWorker' in navigator)) return;

  // Registering after `load` keeps the precache downloads from competing with the page's own requests.
  const register = () => {
    navigator.serviceWorker.register(settings.serviceWorkerUrl, { scope: settings.scope }).catch((error: unknown) => {
      console.warn('The offline service worker could not be registered:', error);
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });

  void navigator.serviceWorker.ready.then(() => {
    if (status) status.hidden = false;
  });
}
