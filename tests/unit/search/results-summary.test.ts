import { describe, expect, it } from 'vitest';
import { describeResults } from '../../../src/lib/search/results-summary.ts';
import type { SearchState } from '../../../src/lib/search/url-state.ts';

describe('describeResults', () => {
  it.each<[number, SearchState, string]>([
    [12, { query: 'diffusion', filters: {}, sort: 'relevance' }, '12 results for “diffusion”.'],
    [1, { query: 'vit', filters: {}, sort: 'relevance' }, '1 result for “vit”.'],
    [0, { query: 'zzz', filters: {}, sort: 'relevance' }, 'No results for “zzz”.'],
    [3, { query: '', filters: { topic: ['Vision'] }, sort: 'newest' }, '3 results with 1 filter.'],
    [1234, { query: 'a', filters: { day: ['2025-03-10', '2025-03-11'] }, sort: 'relevance' }, '1,234 results for “a” with 2 filters.'],
  ])('describes %i results', (count, state, expected) => {
    expect(describeResults(count, state)).toBe(expected);
  });
});
