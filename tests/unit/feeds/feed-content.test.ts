import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFeedItem } from '../../../src/lib/feeds/rss-items.ts';
import { loadSeeds, type Paper } from '../../../src/lib/ingest/load-seeds.ts';
import { createUrls } from '../../../src/lib/site/urls.ts';

const urls = createUrls('https://example.org', '/papers/');

const DUMP = `Mar 11

Scaling Laws for $\\alpha$-Divergences

We fit a loss of $L = x^2 + \\beta$ and report a $6.1\\times$ speed-up at \\textbf{low} cost. Code: https://github.com/example/alpha.
`;

describe('feed content of a paper with math', () => {
  let folder: string;
  let paper: Paper;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'papers-feed-math-'));
    writeFileSync(join(folder, '2025-03-11.txt'), DUMP);
    const { papers } = await loadSeeds(folder);
    if (!papers[0]) throw new Error('the dump gave no paper');
    paper = papers[0];
  });

  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('has one MathML element per formula', () => {
    const { content } = buildFeedItem({ ...paper, topics: [], related: [] }, urls);

    expect(paper.hasMath).toBe(true);
    expect(content.match(/<math/g)).toHaveLength(paper.abstractHtml.match(/<math/g)?.length ?? -1);
    expect(content).not.toContain('katex-html');
    expect(content).not.toContain('<annotation');
    expect(content).not.toMatch(/\$|\\beta/);
  });

  it('keeps the readable abstract as description', () => {
    const { description } = buildFeedItem({ ...paper, topics: [], related: [] }, urls);

    expect(description).toBe(paper.abstract);
    expect(description).not.toContain('\\textbf');
  });

  it('lists the code link with an absolute URL', () => {
    const { content } = buildFeedItem({ ...paper, topics: [{ slug: 'scaling', name: 'Scaling' }], related: [] }, urls);

    expect(content).toContain('<li><a href="https://github.com/example/alpha">Code</a>: github.com/example/alpha</li>');
    expect(content).toContain('<a href="https://example.org/papers/topics/scaling/">Scaling</a>');
  });
});
