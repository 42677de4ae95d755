import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputWarning } from '../../../src/lib/errors.ts';
import { loadSeeds } from '../../../src/lib/ingest/load-seeds.ts';

const SEEDS = join(import.meta.dirname, '../../../seeds');

describe('bundled dump', () => {
  it('gives the reviewed records', async () => {
    const { papers } = await loadSeeds(SEEDS);

    // abstractHtml is checked below; the snapshot contains the fields a reviewer reads.
    const records = papers.map(({ abstractHtml: _html, ...record }) => record);
    await expect(JSON.stringify(records, null, 2)).toMatchFileSnapshot('__snapshots__/bundled-dump.json');
  });

  it('reads 18 papers listed on 11 March 2025', async () => {
    const { papers, dumps } = await loadSeeds(SEEDS);

    expect(dumps).toBe(1);
    expect(papers).toHaveLength(18);
    for (const paper of papers) expect(paper.dates).toEqual(['2025-03-11']);
  });

  it('ends no link with sentence punctuation', async () => {
    const { papers } = await loadSeeds(SEEDS);
    const urls = papers.flatMap((paper) => paper.links.map((link) => link.url));

    expect(urls).toHaveLength(9);
    for (const url of urls) expect(url).not.toMatch(/[.,;:)]$/);
  });

  it('cleans the TeX leftovers', async () => {
    const { papers } = await loadSeeds(SEEDS);
    const text = papers.map((paper) => `${paper.title}\n${paper.abstract}`).join('\n');

    expect(text).not.toMatch(/\\%|\\textit|~--|\d times\b|\dtimes\b|\s--\s/);
    expect(text).toContain('45% improvement');
    expect(text).toContain('6.1× smaller');
    expect(text).toContain('Not Months – Your Language Model');
    expect(papers.some((paper) => paper.abstractHtml.includes('<em>Gaussian-MAE</em>'))).toBe(true);
  });

  it('warns only about the page chrome', async () => {
    const warnings: InputWarning[] = [];
    await loadSeeds(SEEDS, warnings);

    expect(warnings.map((warning) => warning.code)).toEqual(['chrome-lines']);
  });
});
