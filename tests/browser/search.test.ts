import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, type BuiltSite } from '../helpers/build-site.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

describe('search page in Chromium', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
    site = await buildSite({ seedsDir: join(PROJECT_ROOT, 'seeds') });
    server = await serveStatic(site.outDir);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (site) rmSync(site.outDir, { recursive: true, force: true });
  });

  it('finds ShapeSplat first for "Gaussian splats"', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/`);

    await page.locator('.pagefind-ui__search-input').fill('Gaussian splats');
    const firstResult = page.locator('.pagefind-ui__result-link').first();
    await firstResult.waitFor();

    expect(await firstResult.textContent()).toBe('ShapeSplat: A Large-scale Dataset of Gaussian Splats and Their Self-Supervised Pretraining');

    await firstResult.click();
    await page.waitForURL(/\/papers\/shapesplat-/);
    expect(await page.locator('h1').textContent()).toBe('ShapeSplat: A Large-scale Dataset of Gaussian Splats and Their Self-Supervised Pretraining');
    await page.close();
  });
});
