import { describe, expect, it } from 'vitest';
import { formatSearchState, parseSearchState, sameSearchState, toPagefindSort, type SearchState } from '../../../src/lib/search/url-state.ts';

const parse = (query: string) => parseSearchState(new URLSearchParams(query));

describe('parseSearchState', () => {
  it('reads query, filters and sort', () => {
    expect(parse('q=vit&topic=Vision&topic=Robotics&day=2025-03-11&code=Has%20code&sort=newest')).toEqual({
      query: 'vit',
      filters: { topic: ['Vision', 'Robotics'], day: ['2025-03-11'], code: ['Has code'] },
      sort: 'newest',
    });
  });

  it('returns an empty search for no parameters', () => {
    expect(parse('')).toEqual({ query: '', filters: {}, sort: 'relevance' });
  });

  it('ignores unknown parameters and sort orders', () => {
    expect(parse('q=%20a%20&colour=red&sort=random')).toEqual({ query: 'a', filters: {}, sort: 'relevance' });
  });

  it('drops empty and repeated filter values', () => {
    expect(parse('month=2025-03&month=&month=2025-03').filters).toEqual({ month: ['2025-03'] });
  });

  it('caps the query length', () => {
    expect(parse(`q=${'a'.repeat(2000)}`).query).toHaveLength(500);
  });
});

describe('formatSearchState', () => {
  it('leaves out the default sort and empty parts', () => {
    expect(formatSearchState({ query: '', filters: {}, sort: 'relevance' })).toBe('');
    expect(formatSearchState({ query: 'ViT-B/16', filters: {}, sort: 'relevance' })).toBe('?q=ViT-B%2F16');
  });

  it('encodes spaces as %20', () => {
    expect(formatSearchState({ query: 'gaussian splats', filters: { code: ['Has code'] }, sort: 'oldest' })).toBe('?q=gaussian%20splats&code=Has%20code&sort=oldest');
  });

  it.each<SearchState>([
    { query: 'Schrödinger & “quotes”', filters: {}, sort: 'relevance' },
    { query: '', filters: { topic: ['A, B', 'C&D=E'], month: ['2025-03'] }, sort: 'newest' },
    { query: 'x#y?z', filters: { day: ['2025-03-10', '2025-03-11'] }, sort: 'oldest' },
  ])('round-trips %j', (state) => {
    expect(parse(formatSearchState(state).slice(1))).toEqual(state);
  });
});

describe('sameSearchState', () => {
  it('ignores the order of filter values', () => {
    const a: SearchState = { query: 'q', filters: { topic: ['A', 'B'] }, sort: 'relevance' };
    const b: SearchState = { query: 'q', filters: { topic: ['B', 'A'] }, sort: 'relevance' };

    expect(sameSearchState(a, b)).toBe(true);
  });

  it('tells different sorts apart', () => {
    expect(sameSearchState({ query: 'q', filters: {}, sort: 'newest' }, { query: 'q', filters: {}, sort: 'oldest' })).toBe(false);
  });
});

describe('toPagefindSort', () => {
  it.each([
    ['relevance', {}],
    ['newest', { date: 'desc' }],
    ['oldest', { date: 'asc' }],
  ] as const)('maps %s', (sort, expected) => {
    expect(toPagefindSort(sort)).toEqual(expected);
  });
});
