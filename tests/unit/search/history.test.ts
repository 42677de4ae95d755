import { describe, expect, it } from 'vitest';
import { historyAction } from '../../../src/lib/search/history.ts';
import type { SearchState } from '../../../src/lib/search/url-state.ts';

const state = (query: string, overrides: Partial<SearchState> = {}): SearchState => ({ query, filters: {}, sort: 'relevance', ...overrides });

describe('historyAction', () => {
  it.each([
    ['same search', state('vit'), state('vit'), 'none'],
    ['typing on', state('gau'), state('gauss'), 'replace'],
    ['deleting', state('gauss'), state('gau'), 'replace'],
    ['first query', state(''), state('g'), 'push'],
    ['new query', state('gauss'), state('llama'), 'push'],
    ['filter added', state('vit'), state('vit', { filters: { code: ['Has code'] } }), 'push'],
    ['sort changed', state('vit'), state('vit', { sort: 'newest' }), 'push'],
    ['typing with a filter change', state('vi'), state('vit', { filters: { day: ['2025-03-11'] } }), 'push'],
  ] as const)('%s', (_name, previous, next, expected) => {
    expect(historyAction(previous, next)).toBe(expected);
  });
});

describe('historyAction with filters in another order', () => {
  it('records nothing', () => {
    expect(historyAction(state('', { filters: { topic: ['A', 'B'] } }), state('', { filters: { topic: ['B', 'A'] } }))).toBe('none');
  });
});
