import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, type BuiltSite } from '../helpers/build-site.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const BASE_PATH = '/sub/';

describe('feeds in Chromium', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
    site = await buildSite({ seedsDir: join(PROJECT_ROOT, 'tests/fixtures/two-days'), basePath: BASE_PATH });
    server = await serveStatic(site.outDir, BASE_PATH);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (site) rmSync(site.outDir, { recursive: true, force: true });
  });

  it('shows the site feed as a styled page', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}${BASE_PATH}rss.xml`);

    expect(await page.locator('h1').textContent()).toBe('This is an RSS feed: Papers');
    expect(await page.locator('#feed-url').textContent()).toBe('https://papers.example/sub/rss.xml');
    expect(await page.locator('.items li').count()).toBe(3);

    const first = page.locator('.items li h3 a').first();
    expect(await first.textContent()).toBe('Graph Transformers without Positional Encodings');
    expect(await first.getAttribute('href')).toBe('https://papers.example/sub/papers/graph-transformers-without-positional-encodings/');
    expect(await page.locator('.items li .abstract').first().textContent()).toMatch(/^Graph transformers usually need positional encodings\./);
    await page.close();
  });

  it('shows escaped markup from a title as text', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}${BASE_PATH}rss.xml`);

    const titles = await page.locator('.items li h3 a').allTextContents();
    expect(titles).toContain('Sparse Mixtures for <Efficient> Retrieval & Ranking');
    expect(await page.locator('.items efficient').count()).toBe(0);
    await page.close();
  });

  it('opens the Subscribe entry without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}${BASE_PATH}`);

    const address = page.locator('.subscribe-menu .feed-url');
    expect(await address.isVisible()).toBe(false);

    await page.locator('.subscribe-menu summary').click();
    expect(await address.isVisible()).toBe(true);
    expect(await address.textContent()).toBe('https://papers.example/sub/rss.xml');

    await address.click();
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('https://papers.example/sub/rss.xml');
    await context.close();
  });
});
