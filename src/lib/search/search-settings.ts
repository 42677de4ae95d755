/**
 * Settings that the header search reads when it first opens, from `search-settings.json`. They change with every build
 * that changes the papers, so keeping them out of the pages lets an incremental build reuse the pages that did not
 * change.
 */
export interface SearchSettings {
  /** Pagefind's `metaCacheTag`: the build id, so that the index entry file has one URL per build and can be cached. */
  cacheTag: string;
  /** Bundle folders of the search index shards that the UI merges into the primary index; empty for one index. */
  shardPaths: string[];
}

/** Reads settings from the parsed JSON of `search-settings.json`. Returns undefined when the value has another shape. */
export function parseSearchSettings(value: unknown): SearchSettings | undefined {
  if (typeof value !== 'object' || value === null) return undefined;

  const cacheTag: unknown = Reflect.get(value, 'cacheTag');
  const shardPaths: unknown = Reflect.get(value, 'shardPaths');
  if (typeof cacheTag !== 'string' || !Array.isArray(shardPaths)) return undefined;
  if (!shardPaths.every((path): path is string => typeof path === 'string')) return undefined;
  return { cacheTag, shardPaths };
}
