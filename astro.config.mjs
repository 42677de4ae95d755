// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { pagefind } from './src/integrations/pagefind.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { siteUrlWarning } from './src/integrations/site-url-warning.ts';
import { phaseEnd, phaseStart } from './src/integrations/timings.ts';
import { readConfig } from './src/lib/config.ts';

const config = readConfig(process.env);

export default defineConfig({
  site: config.siteUrl,
  // Tests give each build its own content cache so that builds can run side by side; everyone else keeps the default.
  ...(process.env.PAPERS_CACHE_DIR ? { cacheDir: process.env.PAPERS_CACHE_DIR } : {}),
  base: config.basePath,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Lossless whitespace removal: the default ('jsx') drops the space between inline elements on separate lines,
  // which merges words in the text Pagefind indexes.
  compressHTML: true,
  integrations: [phaseStart(), siteUrlWarning(config.siteUrlIsFallback), sitemap(), pagefind(), phaseEnd('search index'), serviceWorker({ base: config.basePath, seedsDir: config.seedsDir })],
  vite: {
    // Emit every script as a file: an inline script would need 'unsafe-inline' in the Content-Security-Policy.
    build: { assetsInlineLimit: 0 },
  },
});
