import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, type BuiltSite } from '../helpers/build-site.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const BASE = '/papers/';
const MAE = 'masked-autoencoders-are-scalable-vision-learners';
const ATTENTION_TITLE = 'Attention in O(n log n) Memory';

/** Text of the focused element, or an empty string when the body has focus. */
function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => (document.activeElement === document.body ? '' : (document.activeElement?.textContent ?? '')));
}

/** Runs a query through the site's Pagefind bundle and returns each result's title and excerpt, best first. */
async function search(page: Page, query: string): Promise<{ title: string; excerpt: string }[]> {
  const script = `(async () => {
    const pagefind = await import(${JSON.stringify(`${BASE}pagefind/pagefind.js`)});
    const { results } = await pagefind.search(${JSON.stringify(query)});
    const data = await Promise.all(results.map((result) => result.data()));
    return data.map((item) => ({ title: item.meta.title ?? '', excerpt: item.excerpt }));
  })()`;
  return page.evaluate<{ title: string; excerpt: string }[]>(script);
}

describe('reading page enhancements in Chromium', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium();
    site = await buildSite({ seedsDir: join(PROJECT_ROOT, 'tests/fixtures/reading'), basePath: BASE });
    server = await serveStatic(site.outDir, BASE);
    context = await browser.newContext({ serviceWorkers: 'block' });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    if (!site) return;
    rmSync(site.outDir, { recursive: true, force: true });
    rmSync(`${site.outDir}-cache`, { recursive: true, force: true });
  });

  describe('list navigation', () => {
    let page: Page;
    let titles: string[];

    beforeAll(async () => {
      page = await context.newPage();
      await page.goto(`${server.origin}${BASE}`);
      titles = await page.locator('.paper-list h2 a').allTextContents();
    });

    afterAll(async () => {
      await page?.close();
    });

    it('moves with j and k', async () => {
      expect(titles.length).toBeGreaterThan(2);
      await page.keyboard.press('j');
      expect(await focusedText(page)).toBe(titles[0]);

      await page.keyboard.press('j');
      expect(await focusedText(page)).toBe(titles[1]);

      await page.keyboard.press('k');
      expect(await focusedText(page)).toBe(titles[0]);
    });

    it('moves with the arrow keys once a paper has focus', async () => {
      await page.locator('.paper-list h2 a').first().focus();

      await page.keyboard.press('ArrowDown');
      expect(await focusedText(page)).toBe(titles[1]);

      await page.keyboard.press('ArrowUp');
      expect(await focusedText(page)).toBe(titles[0]);
    });

    it('leaves the arrow keys to scrolling elsewhere', async () => {
      await page.locator('.site-name').focus();

      await page.keyboard.press('ArrowDown');
      expect(await focusedText(page)).toBe(await page.locator('.site-name').textContent());
    });

    it('stays on the last paper', async () => {
      await page.locator('.paper-list h2 a').last().focus();

      await page.keyboard.press('j');
      expect(await focusedText(page)).toBe(titles.at(-1));
    });

    it('ignores keys typed into a form field', async () => {
      const radio = page.locator('input[type="radio"]').first();
      await radio.focus();

      await page.keyboard.press('j');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    });

    it('ignores keys pressed with a modifier', async () => {
      await page.locator('.paper-list h2 a').first().focus();

      await page.keyboard.press('Shift+J');
      expect(await focusedText(page)).toBe(titles[0]);
    });

    it('works on day pages', async () => {
      const dayPage = await context.newPage();
      await dayPage.goto(`${server.origin}${BASE}days/2025-03-10/`);
      const dayTitles = await dayPage.locator('.paper-list h2 a').allTextContents();

      await dayPage.keyboard.press('j');
      await dayPage.keyboard.press('j');
      expect(await focusedText(dayPage)).toBe(dayTitles[1]);
      await dayPage.close();
    });

    it('keeps / for the search dialog and its input', async () => {
      const searchPage = await context.newPage();
      await searchPage.goto(`${server.origin}${BASE}`);

      await searchPage.keyboard.press('/');
      const input = searchPage.locator('pagefind-modal dialog[open] input');
      await input.waitFor();
      await searchPage.keyboard.type('jk');

      expect(await input.inputValue()).toBe('jk');
      await searchPage.close();
    });
  });

  describe('copy link', () => {
    it('copies the permanent link and announces it', async () => {
      const copyContext = await browser.newContext({ serviceWorkers: 'block' });
      await copyContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
      const page = await copyContext.newPage();
      await page.goto(`${server.origin}${BASE}papers/${MAE}/`);
      const permalink = await page.locator('.permalink a').getAttribute('href');

      await page.getByRole('button', { name: 'Copy link' }).click();

      await expect.poll(() => page.getByRole('status').textContent()).toBe('Link copied.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(permalink);
      expect(permalink).toBe(`https://papers.example${BASE}papers/${MAE}/`);
      await copyContext.close();
    });

    it('announces a failed copy', async () => {
      const page = await context.newPage();
      await page.addInitScript(() => {
        navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
      });
      await page.goto(`${server.origin}${BASE}papers/${MAE}/`);

      await page.getByRole('button', { name: 'Copy link' }).click();

      await expect.poll(() => page.getByRole('status').textContent()).toBe('The link could not be copied. Select it and copy it yourself.');
      await page.close();
    });

    it('shows only the plain link without JavaScript', async () => {
      const noScript = await browser.newContext({ javaScriptEnabled: false });
      const page = await noScript.newPage();
      await page.goto(`${server.origin}${BASE}papers/${MAE}/`);

      expect(await page.locator('.permalink a').isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Copy link' }).count()).toBe(0);
      await noScript.close();
    });

    it('loads one script and no search files for either feature', async () => {
      const page = await context.newPage();
      const loaded: string[] = [];
      page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
      await page.goto(`${server.origin}${BASE}papers/${MAE}/`, { waitUntil: 'networkidle' });
      await page.getByRole('button', { name: 'Copy link' }).click();
      await page.goto(`${server.origin}${BASE}`, { waitUntil: 'networkidle' });
      await page.keyboard.press('j');

      expect(await page.locator('script[src]').count()).toBe(1);
      expect(loaded.filter((path) => path.startsWith(`${BASE}pagefind/`))).toEqual([]);
      await page.close();
    });
  });

  describe('math in the search index', () => {
    let page: Page;

    beforeAll(async () => {
      page = await context.newPage();
      await page.goto(`${server.origin}${BASE}`);
    });

    afterAll(async () => {
      await page?.close();
    });

    it('finds a paper by a word inside a formula', async () => {
      const results = await search(page, 'log');

      expect(results.map((result) => result.title)).toContain(ATTENTION_TITLE);
    });

    it('indexes each formula once, in plain text', async () => {
      const [result] = await search(page, 'softmax');

      expect(result?.title).toBe(ATTENTION_TITLE);
      expect(result?.excerpt).toContain('O(n log n) memory');
      expect(result?.excerpt).not.toMatch(/\\log|mathnormal|n\s*log\s*n\s*O/);
    });

    it('hides the plain form from readers', async () => {
      const paper = await context.newPage();
      await paper.goto(`${server.origin}${BASE}`);
      await paper.getByRole('link', { name: ATTENTION_TITLE }).click();

      expect(await paper.locator('.abstract .math-text').count()).toBeGreaterThan(0);
      for (const plain of await paper.locator('.abstract .math-text').all()) expect(await plain.isVisible()).toBe(false);
      expect(await paper.locator('.abstract .katex').first().isVisible()).toBe(true);
      await paper.close();
    });
  });
});
