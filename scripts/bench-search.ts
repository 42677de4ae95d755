import { launchChromium } from '../tests/helpers/chromium.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';

/**
 * Serves a built site on localhost, opens its search page in Chromium, then runs one search through the Pagefind API
 * and loads the first five results, the way the search UI does. Returns every byte transferred from the moment the
 * search starts: the Pagefind bundle, WebAssembly, index chunks, filters and fragments, of every index shard.
 */
export async function measureFirstSearch(outDir: string, query: string): Promise<number> {
  const server = await serveStatic(outDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/`, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');

    let bytes = 0;
    const pending: Array<Promise<void>> = [];
    page.on('requestfinished', (request) => {
      pending.push(
        request.sizes().then((sizes) => {
          bytes += sizes.responseBodySize + sizes.responseHeadersSize;
        }),
      );
    });

    const count = await page.evaluate(async (term) => {
      const bundle = `${location.origin}/pagefind/pagefind.js`;
      const pagefind = (await import(/* @vite-ignore */ bundle)) as {
        mergeIndex(bundlePath: string): Promise<void>;
        search(term: string): Promise<{ results: Array<{ data(): Promise<unknown> }> }>;
      };
      // A large site splits its index into shards that the search UI merges. The header search reads them from the
      // search settings file, so the measurement fetches it too.
      const settings: unknown = await (await fetch(`${location.origin}/search-settings.json`)).json();
      const shards: unknown = typeof settings === 'object' && settings !== null ? Reflect.get(settings, 'shardPaths') : undefined;
      if (!Array.isArray(shards)) throw new Error('search-settings.json has no shardPaths list.');
      for (const shard of shards) await pagefind.mergeIndex(String(shard));
      const search = await pagefind.search(term);
      await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
      return search.results.length;
    }, query);
    if (count === 0) throw new Error(`The search for "${query}" returned no results, so the measurement would not be realistic.`);

    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    return bytes;
  } finally {
    await browser.close();
    await server.close();
  }
}
