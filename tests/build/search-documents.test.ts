import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT } from '../helpers/build-site.ts';
import { decodeBundle, type DecodedBundle } from '../helpers/pagefind-bundle.ts';

/** Indexes every HTML file of a built site, the way the Pagefind CLI would, into a new folder. */
async function indexBuiltPages(outDir: string): Promise<string> {
  const bundleDir = mkdtempSync(join(tmpdir(), 'papers-pagefind-'));
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    expect(errors).toEqual([]);
    if (!index) throw new Error('Pagefind returned no index.');
    const added = await index.addDirectory({ path: outDir });
    expect(added.errors).toEqual([]);
    const written = await index.writeFiles({ outputPath: bundleDir });
    expect(written.errors).toEqual([]);
  } finally {
    await pagefind.close();
  }
  return bundleDir;
}

// The build indexes a document per paper made from data, while the pages render. These builds check that the index
// holds exactly what indexing the finished pages would give: the same text, words, weights, metadata, filters and sort.
describe.each([
  { fixture: 'seeds', seedsDir: join(PROJECT_ROOT, 'seeds') },
  { fixture: 'search-quality', seedsDir: join(PROJECT_ROOT, 'tests/fixtures/search-quality') },
])('search index of $fixture', ({ seedsDir }) => {
  const folders: string[] = [];
  let fromData: DecodedBundle;
  let fromPages: DecodedBundle;

  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it('builds both indexes', async () => {
    const site = await buildSite({ seedsDir });
    folders.push(site.outDir);
    const pagesBundle = await indexBuiltPages(site.outDir);
    folders.push(pagesBundle);

    fromData = decodeBundle(join(site.outDir, 'pagefind'));
    fromPages = decodeBundle(pagesBundle);

    expect(Object.keys(fromData.fragments).length).toBeGreaterThan(0);
  }, 120_000);

  it('stores the same fragments', () => {
    expect(fromData.fragments).toEqual(fromPages.fragments);
  });

  it('indexes the same words', () => {
    expect(Object.keys(fromData.words).toSorted()).toEqual(Object.keys(fromPages.words).toSorted());
    expect(fromData.words).toEqual(fromPages.words);
  });

  it('stores the same filters', () => {
    expect(fromData.filters).toEqual(fromPages.filters);
  });

  it('sorts pages by the same dates', () => {
    expect(fromData.sorts).toEqual(fromPages.sorts);
    expect(fromData.sorts['date']).toEqual(fromData.sorts['date']?.toSorted());
  });
});
