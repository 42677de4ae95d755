/**
 * Search index shards. Pagefind 1.6 keeps a whole index in memory while it writes it: about 1.4 GiB at 10,000 pages
 * and 6.2 GiB at 50,000 (measured on a 2-core, 24 GiB machine), so a large site is indexed as several Pagefind
 * bundles, one after another, that the browser merges with `mergeIndex`.
 */

/** Maximum papers in one Pagefind index. Between the two figures above, each run should stay near 2 GiB (an estimate). */
export const MAX_PAPERS_PER_SHARD = 12_500;

/** Environment variable that lowers the papers per shard, so that tests can build a sharded index from a few papers. */
export const SHARD_SIZE_VARIABLE = 'PAPERS_SEARCH_SHARD_SIZE';

/** Reads the maximum papers per shard: `PAPERS_SEARCH_SHARD_SIZE` when it is a whole number of at least 1, otherwise the default. */
export function readShardSize(env: Record<string, string | undefined>): number {
  const value = Number(env[SHARD_SIZE_VARIABLE]);
  return Number.isInteger(value) && value >= 1 ? value : MAX_PAPERS_PER_SHARD;
}

/** Number of search indexes for a site of `papers` papers: one per full or partial batch of `shardSize`, at least one. */
export function searchShardCount(papers: number, shardSize = MAX_PAPERS_PER_SHARD): number {
  return Math.max(1, Math.ceil(papers / shardSize));
}

/**
 * Folder of a shard's bundle, relative to the Pagefind folder: `''` for shard 0, which is the primary bundle that the
 * search UI loads, and `shard-<n>/` for the others.
 */
export function searchShardFolder(shard: number): string {
  if (!Number.isInteger(shard) || shard < 0) throw new RangeError(`Invalid search shard number ${shard}: expected a whole number of at least 0.`);
  return shard === 0 ? '' : `shard-${shard}/`;
}

/**
 * Splits items into `searchShardCount(items.length, shardSize)` runs of consecutive items, in the given order, with sizes that
 * differ by at most one.
 */
export function splitIntoShards<T>(items: readonly T[], shardSize = MAX_PAPERS_PER_SHARD): T[][] {
  const count = searchShardCount(items.length, shardSize);
  const shards: T[][] = [];
  for (let shard = 0; shard < count; shard++) {
    shards.push(items.slice(Math.floor((shard * items.length) / count), Math.floor(((shard + 1) * items.length) / count)));
  }
  return shards;
}

/** Bundle folders of every shard but the primary one, which the search UI merges into the primary index. */
export function searchShardPaths(papers: number, urls: { pagefindShard(shard: number): string }, shardSize = MAX_PAPERS_PER_SHARD): string[] {
  const paths: string[] = [];
  for (let shard = 1; shard < searchShardCount(papers, shardSize); shard++) paths.push(urls.pagefindShard(shard));
  return paths;
}
