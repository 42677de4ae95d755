import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeUnusedAbstracts, storeAbstract, withAbstractFromFile } from '../../../src/lib/ingest/abstract-files.ts';
import type { Paper } from '../../../src/lib/ingest/load-seeds.ts';
import { buildSiteModel } from '../../../src/lib/site/model.ts';
import { parseTaxonomy } from '../../../src/lib/site/taxonomy.ts';

function paper(slug: string, abstractHtml: string): Paper {
  return { slug, title: slug, abstract: 'Text.', abstractHtml, summary: 'Text.', links: [], hasMath: false, dates: ['2025-03-10'], sources: [{ file: '2025-03-10.txt', line: 1 }] };
}

describe('abstract files', () => {
  let dir: string;

  beforeEach(() => {
    dir = join(mkdtempSync(join(tmpdir(), 'papers-abstracts-')), 'abstracts');
  });

  afterEach(() => {
    rmSync(join(dir, '..'), { recursive: true, force: true });
  });

  it('stores the HTML in a file named by its hash', () => {
    const stored = storeAbstract(paper('a', '<p>One.</p>'), dir);

    expect(stored).not.toHaveProperty('abstractHtml');
    expect(stored.abstractFile).toBe(join(dir, `${stored.abstractHash}.html`));
    expect(withAbstractFromFile(stored).abstractHtml).toBe('<p>One.</p>');
  });

  it('shares one file between equal abstracts', () => {
    const first = storeAbstract(paper('a', '<p>Same.</p>'), dir);
    const second = storeAbstract(paper('b', '<p>Same.</p>'), dir);
    const other = storeAbstract(paper('c', '<p>Other.</p>'), dir);

    expect(second.abstractFile).toBe(first.abstractFile);
    expect(other.abstractFile).not.toBe(first.abstractFile);
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('reads the file each time, not when loaded', () => {
    const stored = storeAbstract(paper('a', '<p>One.</p>'), dir);
    const loaded = withAbstractFromFile(stored);
    writeFileSync(stored.abstractFile, '<p>Changed.</p>');

    expect(loaded.abstractHtml).toBe('<p>Changed.</p>');
  });

  it('leaves the HTML out of JSON', () => {
    const loaded = withAbstractFromFile(storeAbstract(paper('a', '<p>One.</p>'), dir));

    expect(JSON.stringify(loaded)).not.toContain('One.');
    expect(JSON.parse(JSON.stringify(loaded))).toHaveProperty('abstractHash');
  });

  it('keeps the HTML lazy in the site model', () => {
    const stored = storeAbstract(paper('a', '<p>One.</p>'), dir);
    const model = buildSiteModel([withAbstractFromFile(stored)], parseTaxonomy({ topics: [{ name: 'Video' }] }, 'topics.json'));
    writeFileSync(stored.abstractFile, '<p>Changed.</p>');

    expect(model.papers[0]?.abstractHtml).toBe('<p>Changed.</p>');
    expect(model.papers[0]?.topics).toEqual([{ slug: 'other', name: 'Other' }]);
  });

  it('removes only unused files', () => {
    const kept = storeAbstract(paper('a', '<p>Kept.</p>'), dir);
    const dropped = storeAbstract(paper('b', '<p>Dropped.</p>'), dir);

    expect(removeUnusedAbstracts(dir, new Set([kept.abstractFile]))).toBe(1);
    expect(existsSync(kept.abstractFile)).toBe(true);
    expect(existsSync(dropped.abstractFile)).toBe(false);
    expect(removeUnusedAbstracts(join(dir, 'missing'), new Set())).toBe(0);
  });
});
