import { mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, type BuiltSite } from '../helpers/build-site.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { readBuildId } from '../helpers/search-settings.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const OLD_PAPER = 'ripe-bananas-on-kitchen-tables';
const NEW_PAPER = 'quaternion-embeddings-for-knowledge-graphs';
const NEW_TITLE = 'Quaternion Embeddings for Knowledge Graphs';

/** Points the served folder at another build. The new link is renamed over the old one, so every request finds a build. */
function publish(link: string, outDir: string): void {
  const next = `${link}.next`;
  symlinkSync(outDir, next);
  renameSync(next, link);
}

/** Runs a query through the site's Pagefind bundle and returns the result titles. */
function searchTitles(page: Page, query: string): Promise<string[]> {
  const script = `(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const { results } = await pagefind.search(${JSON.stringify(query)});
    const data = await Promise.all(results.map((result) => result.data()));
    return data.map((item) => item.meta.title ?? '');
  })()`;
  return page.evaluate<string[]>(script);
}

/** Lists the cache names without opening any cache. */
function cacheNames(page: Page): Promise<string[]> {
  return page.evaluate(() => caches.keys());
}

/**
 * Returns the URL of every cached request, by cache name. `caches.open` creates a cache that the worker has just
 * deleted, so this must not run while a worker may be deleting caches; use `cacheNames` then.
 */
function cachedUrls(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const entries: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      entries[name] = (await cache.keys()).map((request) => request.url);
    }
    return entries;
  });
}

describe('service worker after a new build', () => {
  let oldSite: BuiltSite;
  let newSite: BuiltSite;
  let folder: string;
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium();
    // One after the other: builds of one project share Astro's intermediate folder.
    oldSite = await buildSite({ seedsDir: join(PROJECT_ROOT, 'tests/fixtures/reading') });
    newSite = await buildSite({ seedsDir: join(PROJECT_ROOT, 'tests/fixtures/search-quality') });
    folder = mkdtempSync(join(tmpdir(), 'papers-sw-update-'));
    publish(join(folder, 'live'), oldSite.outDir);
    server = await serveStatic(join(folder, 'live'));
    context = await browser.newContext();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    for (const site of [oldSite, newSite]) {
      if (!site) continue;
      rmSync(site.outDir, { recursive: true, force: true });
      rmSync(`${site.outDir}-cache`, { recursive: true, force: true });
    }
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  // Without a service worker: a dialog whose index predates the deploy would search files that no longer exist.
  it('sends a stale dialog to the search page', async () => {
    const plain = await browser.newContext({ serviceWorkers: 'block' });
    try {
      const page = await plain.newPage();
      await page.goto(`${server.origin}/`);
      await page.keyboard.press('/');
      const input = page.locator('pagefind-modal dialog[open] input');
      await input.waitFor();
      await input.fill('bananas');
      await expect.poll(() => page.locator(`pagefind-modal a[href^="/papers/${OLD_PAPER}/"]`).count(), { timeout: 10_000 }).toBeGreaterThan(0);
      await page.keyboard.press('Escape');
      await page.locator('pagefind-modal dialog[open]').waitFor({ state: 'detached' });

      publish(join(folder, 'live'), newSite.outDir);
      // A click rather than `/`: right after the dialog closes, focus may still sit in its input, which takes the key.
      await page.locator('[data-search-trigger]').click();
      await page.waitForURL(`${server.origin}/search/`);
    } finally {
      publish(join(folder, 'live'), oldSite.outDir);
      await plain.close();
    }
  });

  it('replaces the old caches and index', async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await page.locator('[data-offline-status]').waitFor({ state: 'visible', timeout: 30_000 });
    await page.goto(`${server.origin}/days/2025-03-10/`);
    const oldId = await readBuildId(page);
    expect(Object.keys(await cachedUrls(page))).toContain(`papers-pages-${oldId}`);

    // The old worker serves its precache until the new one activates, so the update check is what swaps builds.
    publish(join(folder, 'live'), newSite.outDir);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect
      .poll(async () => (await cacheNames(page)).some((name) => name.includes(oldId)), { timeout: 30_000 })
      .toBe(false);
    await page.goto(`${server.origin}/days/2025-04-01/`);
    await page.goto(`${server.origin}/search/`);
    const newId = await readBuildId(page);
    expect(newId).not.toBe(oldId);

    const cachedByName = await cachedUrls(page);
    const names = Object.keys(cachedByName);
    expect(names.filter((name) => name.startsWith('papers-pages-'))).toEqual([`papers-pages-${newId}`]);
    const precached = names.filter((name) => name.startsWith('papers-precache'));
    expect(precached).toHaveLength(1);
    const precachedUrls = cachedByName[precached[0] ?? ''] ?? [];
    expect(precachedUrls.some((url) => url.includes(`/papers/${NEW_PAPER}/`))).toBe(true);
    expect(precachedUrls.filter((url) => url.includes(`/papers/${OLD_PAPER}/`))).toEqual([]);

    const cachedEntry = await page.evaluate(async (name) => {
      const response = await (await caches.open(name)).match('/pagefind/pagefind-entry.json', { ignoreSearch: true });
      return response ? response.text() : '';
    }, precached[0] ?? '');
    expect(cachedEntry).toBe(readFileSync(join(newSite.outDir, 'pagefind/pagefind-entry.json'), 'utf8'));

    await context.setOffline(true);
    try {
      expect(await searchTitles(page, 'quaternion')).toContain(NEW_TITLE);
      expect(await searchTitles(page, 'bananas')).toEqual([]);

      await page.goto(`${server.origin}/search/?q=quaternion`);
      await expect.poll(() => page.locator('pagefind-results .pf-result-link').first().textContent(), { timeout: 15_000 }).toBe(NEW_TITLE);
      await page.goto(`${server.origin}/papers/${NEW_PAPER}/`);
      expect(await page.locator('h1').textContent()).toBe(NEW_TITLE);
      await expect(page.goto(`${server.origin}/papers/${OLD_PAPER}/`)).rejects.toThrow();
    } finally {
      await context.setOffline(false);
    }
  });
});
