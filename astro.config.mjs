// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { incrementalCacheGuard } from './src/integrations/incremental-cache-guard.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { siteCheck } from './src/integrations/site-check.ts';
import { siteUrlWarning } from './src/integrations/site-url-warning.ts';
import { phaseEnd, phaseStart } from './src/integrations/timings.ts';
import { readConfig } from './src/lib/config.ts';

const config = readConfig(process.env);
// Runs beside the service worker step: it starts once pages, feeds and the search index are written.
const check = siteCheck(config.basePath);

export default defineConfig({
  site: config.siteUrl,
  // Tests give each build its own content cache so that builds can run side by side; everyone else keeps the default.
  ...(process.env.PAPERS_CACHE_DIR ? { cacheDir: process.env.PAPERS_CACHE_DIR } : {}),
  base: config.basePath,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Rendering one page at a time left the main thread idle half the time, waiting for page writes. Four pages at
    // once cut the rendering phase of a 10,000-paper build from 30–34 s to 14–22 s (2-core AMD EPYC, local disk).
    concurrency: 4,
  },
  // Lossless whitespace removal: the default ('jsx') drops the space between inline elements on separate lines,
  // which merges words in the text Pagefind indexes.
  compressHTML: true,
  integrations: [phaseStart(), siteUrlWarning(config.siteUrlIsFallback), sitemap(), phaseEnd('sitemap'), pagefind(), phaseEnd('search index'), check.start, serviceWorker({ base: config.basePath, seedsDir: config.seedsDir }), phaseEnd('service worker'), check.finish, phaseEnd('site check'), incrementalCacheGuard()],
  experimental: {
    // NOTE: experimental.parallelPrerender (astro 7.4.7) with two workers stopped a 10,000-paper build with "Worker
    // terminated due to reaching memory limit: JS heap out of memory", so pages render on the main thread.
    // One data-store.json for 100,000 papers approaches V8's maximum string length; chunks keep each file small.
    collectionStorage: 'chunked',
    // Pages whose cacheKey (src/lib/site/cache-keys.ts) and templates are unchanged are copied from the previous
    // build instead of rendered, so adding a dump renders only the pages it changes.
    incrementalBuild: true,
  },
  vite: {
    // Emit every script as a file: an inline script would need 'unsafe-inline' in the Content-Security-Policy.
    build: { assetsInlineLimit: 0 },
  },
});
