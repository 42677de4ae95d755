import type { Page } from 'playwright-core';
import { parseSearchSettings } from '../../src/lib/search/search-settings.ts';

/**
 * Reads the build id that the page's header search would use, by fetching the search settings file from the page, so
 * that the service worker handles the request as it would for the search.
 */
export async function readBuildId(page: Page): Promise<string> {
  const url = await page.locator('[data-search-entry]').getAttribute('data-search-settings');
  if (!url) throw new Error('The page has no data-search-settings attribute.');

  const json: unknown = await page.evaluate(async (settingsUrl) => (await fetch(settingsUrl)).json(), url);
  const settings = parseSearchSettings(json);
  if (!settings) throw new Error(`${url} is invalid: expected a cacheTag string and a shardPaths list.`);
  return settings.cacheTag;
}
