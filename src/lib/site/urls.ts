/**
 * The site's URL scheme. Every link to a page, feed or asset, in pages, feeds, the sitemap and search metadata, comes
 * from here, so the URLs readers bookmark stay the same everywhere.
 */

/** URL builders bound to one origin and base path. */
export interface SiteUrls {
  /** Base path with leading and trailing slash, `/` at the root. */
  base: string;
  /** Root-relative path of the home page, for example `/papers/`. */
  home(): string;
  /** Root-relative path of a paper page: `<base>papers/<slug>/`. */
  paper(slug: string): string;
  /** Root-relative path of the search page: `<base>search/`. */
  search(): string;
  /** Root-relative path of the site feed: `<base>rss.xml`. */
  feed(): string;
  /** Root-relative path of the Pagefind bundle folder: `<base>pagefind/`. */
  pagefind(): string;
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
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const origin = siteUrl.replace(/\/+$/, '');

  return {
    base,
    home: () => base,
    paper: (slug) => `${base}papers/${encodeURIComponent(slug)}/`,
    search: () => `${base}search/`,
    feed: () => `${base}rss.xml`,
    pagefind: () => `${base}pagefind/`,
    absolute: (path) => `${origin}${path.startsWith('/') ? path : `/${path}`}`,
  };
}
