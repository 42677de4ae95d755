import type { Page } from 'playwright-core';

/**
 * Reads the build id that the page's header search would use, by fetching the search settings file from the page, so
 * that the service worker handles the request as it would for the search.
 */
export async function readBuildId(page: Page): Promise<string> {
  const url = await page.locator('[data-search-entry]').getAttribute('data-search-settings');
  if (!url) throw new Error('The page has no data-search-settings attribute.');

  return page.evaluate(async (settingsUrl) => {
    const settings: unknown = await (await fetch(settingsUrl)).json();
    const cacheTag: unknown = typeof settings === 'object' && settings !== null ? Reflect.get(settings, 'cacheTag') : undefined;
    if (typeof cacheTag !== 'string') throw new Error(`${settingsUrl} has no cacheTag.`);
    return cacheTag;
  }, url);
}
