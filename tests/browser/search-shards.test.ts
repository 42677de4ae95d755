import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARD_SIZE_VARIABLE } from '../../src/lib/search/shards.ts';
import { buildSite, PROJECT_ROOT, type BuiltSite } from '../helpers/build-site.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const BASE = '/papers/';
const SHARD_SIZE = 5;
const SHAPESPLAT = 'ShapeSplat: A Large-scale Dataset of Gaussian Splats and Their Self-Supervised Pretraining';

// A large site splits its search index into shards that the browser merges. Five papers per shard make the bundled
// dumps a sharded site, so that search across shards runs here under a base path and the Content-Security-Policy.
describe('search across index shards', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let lastSlug: string;
  let lastTitle: string;
  const violations: string[] = [];

  beforeAll(async () => {
    const previous = process.env[SHARD_SIZE_VARIABLE];
    process.env[SHARD_SIZE_VARIABLE] = String(SHARD_SIZE);
    try {
      site = await buildSite({ seedsDir: join(PROJECT_ROOT, 'seeds'), basePath: BASE });
    } finally {
      if (previous === undefined) delete process.env[SHARD_SIZE_VARIABLE];
      else process.env[SHARD_SIZE_VARIABLE] = previous;
    }

    // Shards take paper pages in slug order, so the last slug is in the last shard.
    lastSlug = readdirSync(join(site.outDir, 'papers')).toSorted().at(-1) ?? '';
    const html = readFileSync(join(site.outDir, 'papers', lastSlug, 'index.html'), 'utf8');
    lastTitle = html.match(/<h1[^>]*>([^<]+)<\/h1>/)?.[1] ?? '';

    browser = await launchChromium();
    server = await serveStatic(site.outDir, BASE, { headersFile: true });
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
    await page.goto(`${server.origin}${BASE}${path}`);
    return page;
  }

  // Merging several shards before the first search takes a few seconds on a busy 2-core machine.
  const results = (page: Page) => page.locator('pagefind-results .pf-result-link');

  it('writes one bundle per shard', () => {
    const shards = readdirSync(join(site.outDir, 'pagefind')).filter((name) => /^shard-\d+$/.test(name));
    expect(shards.length).toBeGreaterThanOrEqual(2);
    expect(site.log).toMatch(/Indexed \d+ papers for search in \d+ shards/);
  });

  it('finds a paper of the last shard', async () => {
    expect(lastTitle).not.toBe('');
    const page = await open('search/');
    await page.locator('[data-search-page][data-state="ready"]').waitFor();
    await page.locator('pagefind-input input').fill(lastTitle);
    // Results of every shard, not only the primary one, carry the terms to highlight.
    await expect.poll(() => results(page).first().getAttribute('href'), { timeout: 10_000 }).toMatch(new RegExp(`^${BASE}papers/${lastSlug}/\\?pagefind-highlight=`));
    await page.close();
  });

  it('ranks across shards as one index', async () => {
    const page = await open('search/');
    await page.locator('[data-search-page][data-state="ready"]').waitFor();
    await page.locator('pagefind-input input').fill('Gaussian splats');
    await expect.poll(() => results(page).first().textContent(), { timeout: 10_000 }).toBe(SHAPESPLAT);
    await page.close();
  });

  it('searches every shard from the dialog', async () => {
    const page = await open('');
    await page.keyboard.press('/');
    const input = page.locator('pagefind-modal dialog[open] input');
    await input.waitFor();
    await input.fill(lastTitle);
    await expect.poll(() => page.locator(`pagefind-modal a[href^="${BASE}papers/${lastSlug}/?pagefind-highlight="]`).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.close();
  });

  it('runs under the Content-Security-Policy', () => {
    expect(violations).toEqual([]);
  });
});
