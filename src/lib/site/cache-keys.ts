import { createHash } from 'node:crypto';
import type { DayNeighbours, SitePaper } from './model.ts';
import type { ListPage } from './pagination.ts';

/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and templates are
 * unchanged since the previous build is copied from Astro's cache instead of rendered. A key must therefore cover
 * everything the page shows that does not come from its template, and nothing more, because each extra field makes
 * pages render again for no visible change.
 */

/** Hashes a JSON value into a cache key. */
export function cacheKey(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url');
}

/** Keys of the list entries of papers. A paper appears on several lists: the home pages, its day and its topics. */
const listedKeys = new WeakMap<SitePaper, string>();

/** Hashes the fields of a paper that a paper list shows: title and link, first listing day, topics, teaser and Code badge. */
function listedKey(paper: SitePaper): string {
  let key = listedKeys.get(paper);
  if (key === undefined) {
    key = cacheKey([paper.slug, paper.title, paper.dates, paper.topics, paper.abstract, paper.links]);
    listedKeys.set(paper, key);
  }
  return key;
}

/** Selects the fields of a paper that a link to it shows: title, URL and first listing day. */
function linkedFields(paper: SitePaper | undefined) {
  return paper ? { slug: paper.slug, title: paper.title, date: paper.dates[0] } : null;
}

/**
 * Computes the cache key of a paper page from the paper, its related papers and its neighbours on its first listing
 * day. The whole paper counts, including its dump lines, which the page does not show, so a moved line renders the
 * page again.
 */
export function paperPageKey(paper: SitePaper, related: readonly SitePaper[], neighbours: DayNeighbours): string {
  return cacheKey([paper, related.map(linkedFields), linkedFields(neighbours.previous), linkedFields(neighbours.next)]);
}

/**
 * Computes the cache key of a page of a paper list from its position, the papers it lists, and `context`, the rest of
 * what the page shows, such as a topic's name and paper count or the neighbouring days.
 */
export function listPageKey(page: ListPage<SitePaper>, context: unknown = null): string {
  return cacheKey([page.number, page.total, page.items.map(listedKey), context]);
}
