import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, type BuiltSite } from '../helpers/build-site.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const BASE = '/papers/';
const MAE = 'masked-autoencoders-are-scalable-vision-learners';

describe('reading pages in Chromium', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium();
    site = await buildSite({ seedsDir: join(PROJECT_ROOT, 'tests/fixtures/reading'), basePath: BASE });
    server = await serveStatic(site.outDir, BASE);
    context = await browser.newContext({ javaScriptEnabled: false });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    if (!site) return;
    rmSync(site.outDir, { recursive: true, force: true });
    rmSync(`${site.outDir}-cache`, { recursive: true, force: true });
  });

  it('reads a paper page without JavaScript', async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}${BASE}papers/${MAE}/`);

    expect(await page.locator('h1').textContent()).toBe('Masked Autoencoders Are Scalable Vision Learners');
    expect(await page.locator('.abstract').innerText()).toContain('Masked autoencoders (MAE) train large vision transformers efficiently.');
    expect(await page.getByRole('link', { name: /^Code/ }).getAttribute('href')).toBe('https://github.com/example/mae');
    expect(await page.getByRole('link', { name: /^PDF/ }).getAttribute('href')).toBe('https://arxiv.org/pdf/2111.06377');
    expect(await page.locator('.related a').first().textContent()).toBe('Siamese Masked Autoencoders for Video');
    expect(await page.locator('.topic-links a').allTextContents()).toContain('Masked autoencoders');
    expect(await page.locator('.abstract').isVisible()).toBe(true);
    await page.close();
  });

  it('loads no search index or math styles before search is used', async () => {
    const withScript = await browser.newContext({ serviceWorkers: 'block' });
    const loaded: string[] = [];
    withScript.on('request', (request) => loaded.push(new URL(request.url()).pathname));
    const page = await withScript.newPage();
    await page.goto(`${server.origin}${BASE}papers/${MAE}/`, { waitUntil: 'networkidle' });

    expect(loaded.filter((path) => path.startsWith(`${BASE}pagefind/`))).toEqual([]);
    expect(loaded.filter((path) => path.includes('katex'))).toEqual([]);
    expect(loaded.filter((path) => path.endsWith('.css'))).toHaveLength(1);
    await withScript.close();
  });

  it('follows links from home to a day to a paper', async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}${BASE}`);

    await page.getByRole('link', { name: 'Days' }).click();
    await page.getByRole('link', { name: 'March 10, 2025' }).click();
    await page.getByRole('link', { name: 'Siamese Masked Autoencoders for Video' }).click();

    expect(page.url()).toBe(`${server.origin}${BASE}papers/siamese-masked-autoencoders-for-video/`);
    await page.getByRole('link', { name: /Next on this day/ }).click();
    expect(page.url()).toBe(`${server.origin}${BASE}papers/scaling-laws-for-continual-pre-training-of-language-models/`);
    await page.close();
  });

  it('fits a 320 px phone without horizontal scrolling', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${server.origin}${BASE}papers/${MAE}/`);

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });
});
