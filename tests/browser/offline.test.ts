import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, type BuiltSite } from '../helpers/build-site.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { readBuildId } from '../helpers/search-settings.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const BASE = '/papers/';
const SHAPESPLAT = 'ShapeSplat: A Large-scale Dataset of Gaussian Splats and Their Self-Supervised Pretraining';

describe('offline use after one visit', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium();
    site = await buildSite({ seedsDir: join(PROJECT_ROOT, 'seeds'), basePath: BASE });
    server = await serveStatic(site.outDir, BASE, { headersFile: true });
    context = await browser.newContext();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    if (site) rmSync(site.outDir, { recursive: true, force: true });
  });

  it('searches and opens papers with the network off', async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}${BASE}`);
    await page.locator('[data-offline-status]').waitFor({ state: 'visible', timeout: 30_000 });
    const paperPath = await page.locator('.paper-list a[href*="/papers/"]').first().getAttribute('href');
    await page.goto(`${server.origin}${paperPath}`);

    await context.setOffline(true);
    try {
      await page.goto(`${server.origin}${BASE}search/?q=Gaussian%20splats`);
      const firstResult = page.locator('pagefind-results .pf-result-link').first();
      await expect.poll(() => firstResult.textContent(), { timeout: 15_000 }).toBe(SHAPESPLAT);

      await firstResult.click();
      await page.waitForURL(/\/papers\/shapesplat-/);
      expect(await page.locator('h1').textContent()).toBe(SHAPESPLAT);

      await page.goto(`${server.origin}${paperPath}`);
      expect(await page.locator('h1').count()).toBe(1);
    } finally {
      await context.setOffline(false);
    }
  });

  it('filters search results with the network off', async () => {
    const query = `${server.origin}${BASE}search/?q=masked&topic=${encodeURIComponent('Masked autoencoders')}`;
    const results = (page: Page) => page.locator('pagefind-results .pf-result-link');

    const onlinePage = await context.newPage();
    await onlinePage.goto(query);
    await expect.poll(() => results(onlinePage).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const online = await results(onlinePage).allTextContents();

    // A fresh context has an empty HTTP cache, so the filter files can only come from the service worker's precache.
    const fresh = await browser.newContext();
    try {
      const page = await fresh.newPage();
      await page.goto(`${server.origin}${BASE}`);
      await page.locator('[data-offline-status]').waitFor({ state: 'visible', timeout: 30_000 });

      await fresh.setOffline(true);
      await page.goto(query);
      await expect.poll(() => results(page).count(), { timeout: 15_000 }).toBe(online.length);
      expect(await results(page).allTextContents()).toEqual(online);
    } finally {
      await fresh.close();
    }
  });

  it('names the precache and page caches after the build', async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}${BASE}`);
    await page.goto(`${server.origin}${BASE}search/?q=pages`);
    const buildId = await readBuildId(page);
    const names = await page.evaluate(() => caches.keys());

    expect(buildId).toMatch(/^[a-z0-9-]+$/);
    expect(names.some((name) => name.startsWith('papers-precache'))).toBe(true);
    for (const name of names.filter((cache) => cache.startsWith('papers-pages-'))) expect(name).toBe(`papers-pages-${buildId}`);
  });
});
