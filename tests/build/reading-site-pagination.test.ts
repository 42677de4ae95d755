import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/build-site.ts';

/** Papers in the generated dump: one page of 25 plus one. */
const PAPER_COUNT = 26;

/**
 * Writes one dump of 26 papers and a topics.json that replaces the default taxonomy: every paper is about video,
 * the first 25 about graphs, the first one about audio, and no paper about robots, so topics have 26, 25, 1 and 0
 * papers.
 */
function writeSeeds(folder: string): void {
  const blocks = ['Apr 1'];
  for (let number = 1; number <= PAPER_COUNT; number++) {
    const extras = [number <= 25 ? 'The clips form a graph.' : '', number === 1 ? 'The clips have audio.' : ''].filter(Boolean).join(' ');
    blocks.push(`Study ${number} of Video Clips`, `We study video clips in setting ${number}. ${extras}`.trim());
  }
  writeFileSync(join(folder, '2025-04-01.txt'), `${blocks.join('\n\n')}\n`);

  const topics = [{ name: 'Video' }, { name: 'Graphs', terms: ['graph'] }, { name: 'Audio' }, { name: 'Robots', terms: ['robot'] }];
  writeFileSync(join(folder, 'topics.json'), JSON.stringify({ topics }));
}

describe('pagination of a 26-paper site', () => {
  let seeds = '';
  let site: BuiltSite;
  const exists = (path: string) => existsSync(join(site.outDir, path));
  const read = (path: string) => readFileSync(join(site.outDir, path), 'utf8');
  const paperLinks = (path: string) => [...read(path).matchAll(/<h2><a href="\/papers\/([^"]+)\/">/g)].map(([, slug]) => slug);

  beforeAll(async () => {
    seeds = mkdtempSync(join(tmpdir(), 'papers-pagination-seeds-'));
    writeSeeds(seeds);
    site = await buildSite({ seedsDir: seeds });
  });

  afterAll(() => {
    if (site) rmSync(site.outDir, { recursive: true, force: true });
    if (site) rmSync(`${site.outDir}-cache`, { recursive: true, force: true });
    if (seeds) rmSync(seeds, { recursive: true, force: true });
  });

  it('puts 25 papers on the home page', () => {
    const slugs = paperLinks('index.html');

    expect(slugs).toHaveLength(25);
    expect(slugs[0]).toBe('study-1-of-video-clips');
    expect(read('index.html')).toContain('href="/page/2/" rel="next"');
  });

  it('puts the 26th paper on page 2', () => {
    expect(paperLinks('page/2/index.html')).toEqual(['study-26-of-video-clips']);
    expect(read('page/2/index.html')).toContain('href="/" rel="prev"');
    expect(read('page/2/index.html')).toContain('<ol class="paper-list" start="26">');
    expect(exists('page/3/index.html')).toBe(false);
    expect(exists('page/1/index.html')).toBe(false);
  });

  it('paginates a 26-paper topic', () => {
    expect(paperLinks('topics/video/index.html')).toHaveLength(25);
    expect(paperLinks('topics/video/page/2/index.html')).toEqual(['study-26-of-video-clips']);
    expect(read('topics/video/page/2/index.html')).toContain('href="/topics/video/" rel="prev"');
  });

  it('keeps a 25-paper topic on one page', () => {
    expect(paperLinks('topics/graphs/index.html')).toHaveLength(25);
    expect(read('topics/graphs/index.html')).not.toContain('rel="next"');
    expect(exists('topics/graphs/page/2/index.html')).toBe(false);
  });

  it('shows a 1-paper topic without pagination', () => {
    expect(paperLinks('topics/audio/index.html')).toEqual(['study-1-of-video-clips']);
    expect(read('topics/audio/index.html')).not.toContain('class="pagination"');
  });

  it('writes no page for a topic without papers', () => {
    expect(exists('topics/robots/index.html')).toBe(false);
    expect(read('topics/index.html')).not.toContain('Robots');
  });

  it('uses the taxonomy from the seeds folder', () => {
    expect(exists('topics/other/index.html')).toBe(false);
    expect(exists('topics/masked-autoencoders/index.html')).toBe(false);
    expect(site.log).toContain('3 of 4 topics from topics.json have papers; 0 of 26 papers match no topic');
  });
});

describe('invalid topics.json', () => {
  it('stops the build with the reason', async () => {
    const seeds = mkdtempSync(join(tmpdir(), 'papers-bad-topics-'));
    writeFileSync(join(seeds, '2025-04-01.txt'), 'A Paper Title\n\nAn abstract sentence.\n');
    writeFileSync(join(seeds, 'topics.json'), JSON.stringify({ topics: [{ name: 'Other' }] }));

    try {
      const failed = await buildSite({ seedsDir: seeds }).then(
        (built) => {
          rmSync(built.outDir, { recursive: true, force: true });
          rmSync(`${built.outDir}-cache`, { recursive: true, force: true });
          return '';
        },
        (error: unknown) => (error instanceof Error ? `${error.message} ${'stdout' in error ? String(error.stdout) : ''}` : String(error)),
      );

      expect(failed).toContain('topics.json: topic 1 ("Other") has the slug "other", which is reserved');
      expect(failed).not.toMatch(/\n\s+at .*site-data/);
    } finally {
      rmSync(seeds, { recursive: true, force: true });
    }
  });
});
