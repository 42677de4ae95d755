import { describe, expect, it } from 'vitest';
import { countIndexedPages } from '../../../src/lib/search/pagefind-entry.ts';

describe('countIndexedPages', () => {
  it.each([
    ['one language', { languages: { en: { hash: 'en_1', page_count: 18 } } }, 18],
    ['several languages', { languages: { en: { page_count: 10 }, de: { page_count: 3 } } }, 13],
    ['a language without a count', { languages: { en: { hash: 'en_1' } } }, 0],
    ['no languages', { version: '1.6.0' }, undefined],
    ['not an object', 'pagefind', undefined],
  ])('reads %s', (_name, entry, expected) => {
    expect(countIndexedPages(entry)).toBe(expected);
  });
});
