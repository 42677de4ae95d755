/**
 * The site's URL scheme. Every link to a page, feed or asset, in pages, feeds, the sitemap and search metadata, comes
 * from here, so the URLs readers bookmark stay the same everywhere. Paths are root-relative and include the base path;
 * `absolute()` adds the origin.
 */

import { searchShardFolder } from '../search/shards.ts';

/** URL builders bound to one origin and base path. */
export interface SiteUrls {
  /** Base path with leading and trailing slash, `/` at the root. */
  base: string;
  /** Origin without a trailing slash, for example `https://example.org`. */
  origin: string;
  /** Home page, or page `n` (from 2) of the paper list: `<base>`, `<base>page/<n>/`. */
  home(page?: number): string;
  /** Paper page: `<base>papers/<slug>/`. */
  paper(slug: string): string;
  /** List of listing days: `<base>days/`. */
  days(): string;
  /** One listing day: `<base>days/<yyyy-mm-dd>/`. */
  day(date: string): string;
  /** Papers of one listing day as JSON: `<base>days/<yyyy-mm-dd>.json`. */
  dayJson(date: string): string;
  /** List of topics: `<base>topics/`. */
  topics(): string;
  /** One topic, or page `n` (from 2) of it: `<base>topics/<topic>/`, `<base>topics/<topic>/page/<n>/`. */
  topic(topic: string, page?: number): string;
  /** Feed of one topic: `<base>topics/<topic>/rss.xml`. */
  topicFeed(topic: string): string;
  /** Site feed: `<base>rss.xml`. */
  feed(): string;
  /** XSL stylesheet that browsers apply to feeds: `<base>rss.xsl`. */
  feedStylesheet(): string;
  /** OPML list of every feed: `<base>feeds.opml`. */
  opml(): string;
  /** All papers as JSON: `<base>papers.json`. */
  papersJson(): string;
  /** Search page, optionally with a query: `<base>search/`, `<base>search/?q=…`. */
  search(query?: string): string;
  /** Settings the header search fetches when it first opens: `<base>search-settings.json`. */
  searchSettings(): string;
  /** Pagefind bundle folder: `<base>pagefind/`. */
  pagefind(): string;
  /** Bundle folder of a search index shard: `<base>pagefind/` for shard 0, `<base>pagefind/shard-<n>/` for the others. */
  pagefindShard(shard: number): string;
  /** Any other file at the root of the site, such as `robots.txt` or `sw.js`: `<base><name>`. */
  file(name: string): string;
  /** Turns a root-relative path into an absolute URL on the site's origin. */
  absolute(path: string): string;
}

/**
 * Creates the URL builders for a site.
 *
 * @param siteUrl absolute origin without a trailing slash, for example `https://example.org`
 * @param basePath sub-path with leading and trailing slash, for example `/papers/`
 * @example createUrls('https://example.org', '/papers/').paper('shapesplat') === '/papers/papers/shapesplat/'
 */
export function createUrls(siteUrl: string, basePath: string): SiteUrls {
  const base = `/${basePath.split('/').filter(Boolean).join('/')}/`.replace(/^\/\/$/, '/');
  const origin = siteUrl.replace(/\/+$/, '');
  const segment = (value: string) => encodeURIComponent(value);
  const paged = (path: string, page = 1) => (page > 1 ? `${path}page/${page}/` : path);

  return {
    base,
    origin,
    home: (page) => paged(base, page),
    paper: (slug) => `${base}papers/${segment(slug)}/`,
    days: () => `${base}days/`,
    day: (date) => `${base}days/${segment(date)}/`,
    dayJson: (date) => `${base}days/${segment(date)}.json`,
    topics: () => `${base}topics/`,
    topic: (topic, page) => paged(`${base}topics/${segment(topic)}/`, page),
    topicFeed: (topic) => `${base}topics/${segment(topic)}/rss.xml`,
    feed: () => `${base}rss.xml`,
    feedStylesheet: () => `${base}rss.xsl`,
    opml: () => `${base}feeds.opml`,
    papersJson: () => `${base}papers.json`,
    search: (query) => (query ? `${base}search/?q=${encodeURIComponent(query)}` : `${base}search/`),
    searchSettings: () => `${base}search-settings.json`,
    pagefind: () => `${base}pagefind/`,
    pagefindShard: (shard) => `${base}pagefind/${searchShardFolder(shard)}`,
    file: (name) => `${base}${name.replace(/^\/+/, '')}`,
    absolute: (path) => `${origin}${path.startsWith('/') ? path : `/${path}`}`,
  };
}
