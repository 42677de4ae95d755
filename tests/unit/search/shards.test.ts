import { describe, expect, it } from 'vitest';
import { MAX_PAPERS_PER_SHARD, readShardSize, searchShardCount, searchShardFolder, searchShardPaths, splitIntoShards } from '../../../src/lib/search/shards.ts';
import { createUrls } from '../../../src/lib/site/urls.ts';

describe('search shards', () => {
  it('keeps one index up to the shard size', () => {
    expect(searchShardCount(0)).toBe(1);
    expect(searchShardCount(MAX_PAPERS_PER_SHARD)).toBe(1);
    expect(searchShardCount(MAX_PAPERS_PER_SHARD + 1)).toBe(2);
    expect(searchShardCount(100_000)).toBe(8);
  });

  it('splits in order with near-equal sizes', () => {
    const items = Array.from({ length: 10 }, (_, index) => index);
    const shards = splitIntoShards(items, 3);
    expect(shards).toEqual([[0, 1], [2, 3, 4], [5, 6], [7, 8, 9]]);
    expect(shards.flat()).toEqual(items);
  });

  it('names shard folders', () => {
    expect(searchShardFolder(0)).toBe('');
    expect(searchShardFolder(3)).toBe('shard-3/');
    expect(() => searchShardFolder(-1)).toThrow(RangeError);
  });

  it('lists every shard but the primary', () => {
    const urls = createUrls('https://example.org', '/papers/');
    expect(searchShardPaths(10, urls, 4)).toEqual(['/papers/pagefind/shard-1/', '/papers/pagefind/shard-2/']);
    expect(searchShardPaths(4, urls, 4)).toEqual([]);
  });

  it('reads the shard size variable', () => {
    expect(readShardSize({ PAPERS_SEARCH_SHARD_SIZE: '300' })).toBe(300);
    expect(readShardSize({ PAPERS_SEARCH_SHARD_SIZE: '0' })).toBe(MAX_PAPERS_PER_SHARD);
    expect(readShardSize({ PAPERS_SEARCH_SHARD_SIZE: 'many' })).toBe(MAX_PAPERS_PER_SHARD);
    expect(readShardSize({})).toBe(MAX_PAPERS_PER_SHARD);
  });
});
