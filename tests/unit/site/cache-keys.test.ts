import { describe, expect, it } from 'vitest';
import { listPageKey, paperPageKey } from '../../../src/lib/site/cache-keys.ts';
import type { SitePaper } from '../../../src/lib/site/model.ts';

function paper(slug: string, overrides: Partial<SitePaper> = {}): SitePaper {
  return {
    slug,
    title: `Title ${slug}`,
    abstract: 'Text.',
    abstractHtml: '<p>Text.</p>',
    summary: 'Text.',
    links: [],
    hasMath: false,
    dates: ['2025-03-10'],
    sources: [{ file: '2025-03-10.txt', line: 1 }],
    topics: [{ slug: 'video', name: 'Video' }],
    related: [],
    ...overrides,
  };
}

const page = (items: SitePaper[], number = 1) => ({ number, total: 2, items });

describe('paperPageKey', () => {
  it('changes with what the page shows', () => {
    const base = paperPageKey(paper('a'), [paper('b')], {});

    expect(paperPageKey(paper('a'), [paper('b')], {})).toBe(base);
    expect(paperPageKey(paper('a', { abstractHtml: '<p>Edited.</p>' }), [paper('b')], {})).not.toBe(base);
    expect(paperPageKey(paper('a'), [paper('b', { title: 'Renamed' })], {})).not.toBe(base);
    expect(paperPageKey(paper('a'), [paper('b')], { next: paper('c') })).not.toBe(base);
  });

  it('ignores unshown related fields', () => {
    const base = paperPageKey(paper('a'), [paper('b')], {});

    expect(paperPageKey(paper('a'), [paper('b', { abstract: 'Other text.', related: ['z'] })], {})).toBe(base);
  });
});

describe('listPageKey', () => {
  it('changes with papers and position', () => {
    const base = listPageKey(page([paper('a'), paper('b')]));

    expect(listPageKey(page([paper('a'), paper('b')]))).toBe(base);
    expect(listPageKey(page([paper('b'), paper('a')]))).not.toBe(base);
    expect(listPageKey(page([paper('a'), paper('b', { topics: [] })]))).not.toBe(base);
    expect(listPageKey(page([paper('a'), paper('b')], 2))).not.toBe(base);
    expect(listPageKey(page([paper('a'), paper('b')]), ['video', 12])).not.toBe(base);
  });

  it('ignores what lists do not show', () => {
    const base = listPageKey(page([paper('a')]));

    expect(listPageKey(page([paper('a', { abstractHtml: '<p>Edited.</p>', related: ['b'] })]))).toBe(base);
  });
});
