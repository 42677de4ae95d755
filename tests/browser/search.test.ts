import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, type BuiltSite } from '../helpers/build-site.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const SHAPESPLAT = 'ShapeSplat: A Large-scale Dataset of Gaussian Splats and Their Self-Supervised Pretraining';

describe.each(['/', '/papers/'])('search in Chromium under base %s', (base) => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  /** Console messages that report a Content-Security-Policy violation, from every page of the context. */
  const violations: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    site = await buildSite({ seedsDir: join(PROJECT_ROOT, 'seeds'), basePath: base });
    server = await serveStatic(site.outDir, base, { headersFile: true });
    // Service workers would answer from their cache between tests; the offline tests cover them.
    context = await browser.newContext({ serviceWorkers: 'block' });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    if (site) rmSync(site.outDir, { recursive: true, force: true });
  });

  async function open(path: string): Promise<Page> {
    const page = await context.newPage();
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${server.origin}${base}${path}`);
    if (path.startsWith('search/')) await page.locator('[data-search-page][data-state="ready"]').waitFor();
    return page;
  }

  const results = (page: Page) => page.locator('pagefind-results .pf-result-link');
  const status = (page: Page) => page.locator('[data-search-status]');

  it('finds ShapeSplat first and opens it highlighted', async () => {
    const page = await open('search/');
    await page.locator('pagefind-input input').fill('Gaussian splats');
    await expect.poll(() => results(page).first().textContent()).toBe(SHAPESPLAT);

    await results(page).first().click();
    await page.waitForURL(/\/papers\/shapesplat-/);
    expect(new URL(page.url()).pathname.startsWith(`${base}papers/`)).toBe(true);
    expect(await page.locator('h1').textContent()).toBe(SHAPESPLAT);
    await expect.poll(() => page.locator('mark.search-highlight').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('keeps the query and sort in the URL', async () => {
    const page = await open('search/');
    await page.locator('pagefind-input input').fill('masked');
    await page.waitForURL((url) => url.searchParams.get('q') === 'masked');
    await page.locator('[data-search-sort]').selectOption('newest');
    await page.waitForURL((url) => url.searchParams.get('sort') === 'newest');

    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('sort'));
    expect(await page.locator('[data-search-sort]').inputValue()).toBe('relevance');
    expect(await page.locator('pagefind-input input').inputValue()).toBe('masked');
    await page.close();
  });

  it('restores a search from a shared link', async () => {
    const page = await open('search/?q=continual%20pre-training');
    await expect.poll(() => results(page).count()).toBeGreaterThanOrEqual(4);
    const titles = await results(page).allTextContents();

    expect(await page.locator('pagefind-input input').inputValue()).toBe('continual pre-training');
    expect(titles.slice(0, 4).filter((title) => /continual pre-training/i.test(title))).toHaveLength(3);
    await page.close();
  });

  it('announces the result count', async () => {
    const page = await open('search/?q=gaussian');

    await expect.poll(() => status(page).textContent()).toMatch(/^\d+ results? for “gaussian”\.$/);
    expect(await status(page).getAttribute('aria-live')).toBe('polite');
    await page.close();
  });

  it('filters by topic from the URL', async () => {
    const page = await open('search/?topic=Masked%20autoencoders');
    await expect.poll(() => status(page).textContent()).toMatch(/^[1-9][\d,]* results? with 1 filter\.$/);
    await expect.poll(() => results(page).count()).toBeGreaterThan(0);

    for (const href of await results(page).evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname))) {
      const paper = await context.newPage();
      await paper.goto(`${server.origin}${href}`);
      const topics = await paper.locator('[data-pagefind-filter="topic"]').allTextContents();
      expect(topics).toContain('Masked autoencoders');
      await paper.close();
    }
    await page.close();
  });

  it('filters by code and sorts oldest first', async () => {
    const page = await open('search/?code=Has%20code&sort=oldest');
    await expect.poll(() => status(page).textContent()).toMatch(/^[1-9][\d,]* results? with 1 filter\.$/);

    expect(await page.locator('[data-search-sort]').inputValue()).toBe('oldest');
    await expect.poll(() => results(page).count()).toBeGreaterThan(0);
    await page.close();
  });

  it('opens the dialog with / and Ctrl+K without loading search first', async () => {
    const page = await context.newPage();
    const searchRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/')) searchRequests.push(request.url());
    });
    await page.goto(`${server.origin}${base}`);
    await page.waitForLoadState('load');
    expect(searchRequests).toEqual([]);

    await page.keyboard.press('/');
    const dialogInput = page.locator('pagefind-modal dialog[open] input');
    await dialogInput.waitFor();
    await dialogInput.fill('Gaussian splats');
    await expect.poll(() => page.locator('pagefind-modal .pf-result-link, pagefind-modal a[href*="shapesplat"]').count()).toBeGreaterThan(0);
    for (const url of searchRequests) expect(new URL(url).pathname.startsWith(`${base}pagefind/`)).toBe(true);

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('pagefind-modal dialog[open]').count()).toBe(0);
    await page.keyboard.press('Control+k');
    await page.locator('pagefind-modal dialog[open]').waitFor();
    await page.close();
  });

  it('serves a Content-Security-Policy that search runs under', async () => {
    const response = await context.request.get(`${server.origin}${base}search/`);
    const policy = response.headers()['content-security-policy'] ?? '';

    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(violations).toEqual([]);
  });

  it('explains from file:// that search needs a server', async () => {
    const page = await context.newPage();
    await page.goto(`file://${join(site.outDir, 'search', 'index.html')}`);
    const message = page.locator('[data-search-unavailable]');

    await expect.poll(() => message.isVisible(), { timeout: 5000 }).toBe(true);
    expect(await message.textContent()).toContain('npm run preview');
    await page.close();
  });
});
