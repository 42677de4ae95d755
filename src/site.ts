import { readConfig } from './lib/config.ts';
import { createUrls } from './lib/site/urls.ts';

/** Settings of this build, read once from `SEEDS_DIR`, `SITE_URL` and `BASE_PATH`. */
export const config = readConfig(process.env);

/** URL builders for this build's origin and base path. */
export const urls = createUrls(config.siteUrl, config.basePath);

/** Name of the site, shown in the header, titles and the feed. */
export const SITE_TITLE = 'Papers';

/** One-line description of the site, used in meta tags and the feed channel. */
export const SITE_DESCRIPTION = 'Trending machine-learning papers with full abstracts, a feed and offline search.';
