import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildFeedItems } from '../../../src/lib/feeds/rss-items.ts';
import { loadSeeds } from '../../../src/lib/ingest/load-seeds.ts';
import { createUrls } from '../../../src/lib/site/urls.ts';

const urls = createUrls('https://example.org', '/papers/');

const TINY = 'Tiny Diffusion Models on Phones\n\nWe distil a latent diffusion model into a small network.\n';
const GRAPH = 'Graph Transformers without Positional Encodings\n\nAn attention bias over shortest-path distances is enough.\n';
const SPARSE = 'Sparse Mixtures for Retrieval\n\nSparse experts beat dense baselines on retrieval.\n';

const BASE_DUMPS = {
  '2025-03-10.txt': `Mar 10\n\n${TINY}\n${SPARSE}`,
  '2025-03-11.txt': `Mar 11\n\n${TINY}\n${GRAPH}`,
};

const folders: string[] = [];

/** Writes dumps into a new temporary seeds folder and returns the guid of each paper, by title. */
async function guidsByTitle(dumps: Record<string, string>): Promise<Map<string, string>> {
  const folder = mkdtempSync(join(tmpdir(), 'papers-guids-'));
  folders.push(folder);
  for (const [file, text] of Object.entries(dumps)) writeFileSync(join(folder, file), text);

  const { papers } = await loadSeeds(folder);
  const items = buildFeedItems(
    papers.map((paper) => ({ ...paper, topics: [], related: [] })),
    urls,
  );
  return new Map(items.map((item) => [item.title, item.link]));
}

function expectSameGuids(before: Map<string, string>, after: Map<string, string>): void {
  for (const [title, guid] of before) {
    if (after.has(title)) expect(after.get(title), title).toBe(guid);
  }
}

describe('feed guids', () => {
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('are the canonical paper URLs', async () => {
    const guids = await guidsByTitle(BASE_DUMPS);

    expect(guids.get('Tiny Diffusion Models on Phones')).toBe('https://example.org/papers/papers/tiny-diffusion-models-on-phones/');
  });

  it('survive a later dump with a colliding title', async () => {
    const before = await guidsByTitle(BASE_DUMPS);
    const after = await guidsByTitle({ ...BASE_DUMPS, '2025-03-12.txt': 'Mar 12\n\nTiny Diffusion Models on Phones 图\n\nA different paper.\n' });

    expect(after.size).toBe(before.size + 1);
    expectSameGuids(before, after);
  });

  it('survive removing a dump', async () => {
    const before = await guidsByTitle(BASE_DUMPS);
    const after = await guidsByTitle({ '2025-03-11.txt': BASE_DUMPS['2025-03-11.txt'] });

    expect(after.size).toBe(2);
    expectSameGuids(before, after);
  });

  it('survive edited abstracts and renamed dumps', async () => {
    const before = await guidsByTitle(BASE_DUMPS);
    const after = await guidsByTitle({
      '2025-03-10.txt': BASE_DUMPS['2025-03-10.txt'].replace('small network', 'network of 40M parameters'),
      'listing-2025-03-11.txt': BASE_DUMPS['2025-03-11.txt'],
    });

    expect(after.size).toBe(before.size);
    expectSameGuids(before, after);
  });

  it('survive an earlier dump with a colliding title', async () => {
    const before = await guidsByTitle(BASE_DUMPS);
    const after = await guidsByTitle({ ...BASE_DUMPS, '2025-03-01.txt': 'Mar 1\n\nGraph Transformers without Positional Encodings 图\n\nAn older, different paper.\n' });

    expect(after.size).toBe(before.size + 1);
    expectSameGuids(before, after);
  });
});
