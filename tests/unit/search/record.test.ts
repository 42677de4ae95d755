import { describe, expect, it } from 'vitest';
import { searchRecordFields } from '../../../src/lib/search/record.ts';
import type { SitePaper } from '../../../src/lib/site/model.ts';

function paper(overrides: Partial<SitePaper>): SitePaper {
  const base: SitePaper = {
    slug: 'a',
    title: 'A',
    abstract: 'Text.',
    abstractHtml: '<p>Text.</p>',
    summary: 'Text.',
    links: [],
    dates: ['2025-03-10'],
    sources: [{ file: '2025-03-10.txt', line: 1 }],
    hasMath: false,
    topics: [],
    related: [],
  };
  return Object.assign(base, overrides);
}

describe('searchRecordFields', () => {
  it('dates a paper by its first listing day', () => {
    const fields = searchRecordFields(paper({ dates: ['2025-02-28', '2025-03-11'] }));

    expect(fields.meta.date).toBe('2025-02-28');
    expect(fields.sort).toEqual({ date: '2025-02-28' });
  });

  it('files a paper under every listing day and month', () => {
    const fields = searchRecordFields(paper({ dates: ['2025-02-28', '2025-03-10', '2025-03-11'] }));

    expect(fields.filters.filter((filter) => filter.name === 'day').map((filter) => filter.value)).toEqual(['2025-02-28', '2025-03-10', '2025-03-11']);
    expect(fields.filters.filter((filter) => filter.name === 'month').map((filter) => filter.value)).toEqual(['2025-02', '2025-03']);
  });

  it('uses the first code link', () => {
    const fields = searchRecordFields(
      paper({
        links: [
          { url: 'https://arxiv.org/abs/1', kind: 'arxiv' },
          { url: 'https://github.com/a/b', kind: 'code' },
          { url: 'https://gitlab.com/c/d', kind: 'code' },
        ],
      }),
    );

    expect(fields.meta.code).toBe('https://github.com/a/b');
    expect(fields.filters).toContainEqual({ name: 'code', value: 'Has code' });
  });

  it('marks papers without code', () => {
    const fields = searchRecordFields(paper({ links: [{ url: 'https://huggingface.co/a/b', kind: 'model' }] }));

    expect(fields.meta).not.toHaveProperty('code');
    expect(fields.filters).toContainEqual({ name: 'code', value: 'No code' });
  });

  it('lists topics by display name', () => {
    const fields = searchRecordFields(paper({ topics: [{ slug: 'masked-autoencoders', name: 'Masked autoencoders' }, { slug: 'vision', name: 'Vision' }] }));

    expect(fields.filters.filter((filter) => filter.name === 'topic').map((filter) => filter.value)).toEqual(['Masked autoencoders', 'Vision']);
  });
});
