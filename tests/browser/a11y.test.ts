import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, type BuiltSite } from '../helpers/build-site.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One page of each type, from the reading fixture. */
const PAGES = [
  ['home', ''],
  ['days', 'days/'],
  ['day', 'days/2025-03-11/'],
  ['topics', 'topics/'],
  ['topic', 'topics/masked-autoencoders/'],
  ['paper', 'papers/masked-autoencoders-are-scalable-vision-learners/'],
  ['paper with math', 'papers/attention-in-o-n-log-n-memory/'],
  ['404', '404.html'],
] as const;

async function runAxe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } }).axe;
    return axe.run(document);
  });
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('accessibility in Chromium', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
    site = await buildSite({ seedsDir: join(PROJECT_ROOT, 'tests/fixtures/reading') });
    server = await serveStatic(site.outDir);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (!site) return;
    rmSync(site.outDir, { recursive: true, force: true });
    rmSync(`${site.outDir}-cache`, { recursive: true, force: true });
  });

  describe.each(['light', 'dark'] as const)('in the %s theme', (colorScheme) => {
    it.each(PAGES)('finds no axe violations on the %s page', async (_type, path) => {
      const context = await browser.newContext({ colorScheme, javaScriptEnabled: true, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`${server.origin}/${path}`);

      expect(await runAxe(page)).toEqual([]);
      await context.close();
    });
  });

  it.each(['light', 'dark'] as const)('switches to the %s theme without script', async (theme) => {
    const context = await browser.newContext({ colorScheme: theme === 'light' ? 'dark' : 'light', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const before = await background();

    await page.getByLabel(theme === 'light' ? 'Light' : 'Dark').check();

    expect(await background()).not.toBe(before);
    expect(await background()).toBe(theme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(22, 22, 26)');
    await context.close();
  });

  it('follows the system theme on load', async () => {
    const context = await browser.newContext({ colorScheme: 'dark', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);

    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(22, 22, 26)');
    await context.close();
  });

  it('shows the skip link on focus', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/`);

    await page.keyboard.press('Tab');

    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    expect(await page.locator('.skip-link').boundingBox()).toMatchObject({ x: expect.any(Number) });
    expect((await page.locator('.skip-link').boundingBox())?.x).toBeGreaterThanOrEqual(0);
    await page.close();
  });
});
