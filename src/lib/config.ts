import { ConfigError } from './errors.ts';

/** Build settings read from the environment. */
export interface SiteConfig {
  /** Folder of dumps, relative to the project root or absolute. */
  seedsDir: string;
  /** Absolute origin used in feeds and canonical links, without a trailing slash. */
  siteUrl: string;
  /** True when `SITE_URL` was not set and `siteUrl` falls back to localhost. */
  siteUrlIsFallback: boolean;
  /** Sub-path the site is served under, with a leading and a trailing slash (`/` at the root). */
  basePath: string;
  /** Maximum number of items in each feed, newest first: `FEED_ITEM_LIMIT`, 200 by default. */
  feedItemLimit: number;
}

/** Origin used when `SITE_URL` is not set: the address `npm run preview` serves on. */
export const FALLBACK_SITE_URL = 'http://localhost:4321';

/** Items per feed when `FEED_ITEM_LIMIT` is not set. */
export const DEFAULT_FEED_ITEM_LIMIT = 200;

/**
 * Reads `SEEDS_DIR`, `SITE_URL`, `BASE_PATH` and `FEED_ITEM_LIMIT`, and throws a `ConfigError` naming the variable when a value is invalid.
 *
 * @example readConfig({ BASE_PATH: 'papers' }).basePath === '/papers/'
 */
export function readConfig(env: Record<string, string | undefined>): SiteConfig {
  const seedsDir = env.SEEDS_DIR?.trim() || 'seeds';
  const rawSiteUrl = env.SITE_URL?.trim();

  return {
    seedsDir,
    siteUrl: rawSiteUrl ? normalizeSiteUrl(rawSiteUrl) : FALLBACK_SITE_URL,
    siteUrlIsFallback: !rawSiteUrl,
    basePath: normalizeBasePath(env.BASE_PATH?.trim() || '/'),
    feedItemLimit: parseFeedItemLimit(env.FEED_ITEM_LIMIT?.trim() || String(DEFAULT_FEED_ITEM_LIMIT)),
  };
}

function parseFeedItemLimit(value: string): number {
  const limit = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(limit) || limit < 1) {
    throw new ConfigError(`FEED_ITEM_LIMIT must be a whole number of at least 1, but it is "${value}". Example: FEED_ITEM_LIMIT=500.`);
  }
  return limit;
}

function normalizeSiteUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`SITE_URL is not an absolute URL: "${value}". Set it to the site's origin, for example SITE_URL=https://example.org.`);
  }

  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(`SITE_URL must start with https:// or http://, but it is "${value}".`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new ConfigError(
      `SITE_URL must be an origin without a path, but it is "${value}". Set SITE_URL=${url.origin} and BASE_PATH=${url.pathname}.`,
    );
  }
  return url.origin;
}

function normalizeBasePath(value: string): string {
  if (!/^[A-Za-z0-9._~\/-]*$/.test(value) || value.split('/').some((segment) => segment === '.' || segment === '..')) {
    throw new ConfigError(
      `BASE_PATH may contain only letters, digits, "-", "_", "~", "." and "/" (no "." or ".." segments), but it is "${value}". Example: BASE_PATH=/papers.`,
    );
  }

  const segments = value.split('/').filter(Boolean);
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}
