import { describe, expect, it } from 'vitest';
import type { Paper } from '../../../src/lib/ingest/load-seeds.ts';
import { deflateAbstract, inflateAbstract } from '../../../src/lib/ingest/stored-abstract.ts';

const KATEX_HTML = `<p>Cost <span class="katex"><span class="katex-mathml"><math><mi>O</mi><mo>(</mo><mi>n</mi><mo>)</mo></math></span></span> grows — “slowly” 🚀.</p>`.repeat(8);

function paper(slug: string, abstractHtml: string): Paper {
  return { slug, title: slug, abstract: 'Text.', abstractHtml, summary: 'Text.', links: [], hasMath: false, dates: ['2025-03-10'], sources: [{ file: '2025-03-10.txt', line: 1 }] };
}

describe('stored abstract', () => {
  it('restores the same paper', () => {
    const original = paper('a', KATEX_HTML);
    const stored = deflateAbstract(original);

    expect(stored).not.toHaveProperty('abstractHtml');
    expect(inflateAbstract(stored)).toEqual(original);
    expect(inflateAbstract(deflateAbstract(paper('empty', ''))).abstractHtml).toBe('');
  });

  it('stores markup in a fraction of its size', () => {
    const stored = deflateAbstract(paper('a', KATEX_HTML));

    expect(stored.abstractHtmlDeflated.length).toBeLessThan(KATEX_HTML.length / 4);
  });

  it('gives equal HTML the same stored text', () => {
    expect(deflateAbstract(paper('a', KATEX_HTML)).abstractHtmlDeflated).toBe(deflateAbstract(paper('b', KATEX_HTML)).abstractHtmlDeflated);
    expect(deflateAbstract(paper('a', `${KATEX_HTML} `)).abstractHtmlDeflated).not.toBe(deflateAbstract(paper('a', KATEX_HTML)).abstractHtmlDeflated);
  });
});
