import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, type BuiltSite } from '../helpers/build-site.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

/**
 * Runs a query through the site's own Pagefind bundle in the page and returns the result titles, best first. The
 * script is a string because Vitest would rewrite a dynamic `import()` inside a function passed to `evaluate`.
 */
async function searchTitles(page: Page, query: string): Promise<string[]> {
  const script = `(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const { results } = await pagefind.search(${JSON.stringify(query)});
    const data = await Promise.all(results.map((result) => result.data()));
    return data.map((item) => item.meta.title ?? '');
  })()`;
  return page.evaluate<string[]>(script);
}

describe('search quality on fixture dumps', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    site = await buildSite({ seedsDir: join(PROJECT_ROOT, 'tests/fixtures/search-quality') });
    server = await serveStatic(site.outDir);
    page = await browser.newPage();
    await page.goto(`${server.origin}/`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (site) rmSync(site.outDir, { recursive: true, force: true });
  });

  it.each(['ViT-B/16', 'vit-b/16', 'ViT', 'ViT-B', '16', 'B/16', 'b/16'])('finds the ViT paper for %s', async (query) => {
    expect((await searchTitles(page, query))[0]).toBe('Scaling ViT-B/16 Backbones for Dense Prediction');
  });

  it.each(['Go-based', 'Llama-3', 'llama', 'Go'])('finds the runtime paper for %s', async (query) => {
    expect(await searchTitles(page, query)).toContain('A Go-based Runtime for Serving Llama-3 Models');
  });

  it.each(['Schrödinger', 'schrodinger', 'SCHRODINGER'])('matches accents for %s', async (query) => {
    expect((await searchTitles(page, query))[0]).toBe('Schrödinger Bridges for Unpaired Image Translation');
  });

  it('ranks a title match above abstract mentions', async () => {
    const titles = await searchTitles(page, 'quaternion');

    expect(titles).toEqual(['Quaternion Embeddings for Knowledge Graphs', 'Tokenizer Choices in Multilingual Pretraining']);
  });

  it('finds nothing for words only in site chrome', async () => {
    const html = await page.content();
    expect(html).toContain('Skip to content');

    expect(await searchTitles(page, 'skip')).toEqual([]);
  });
});
