import type { AstroIntegration } from 'astro';
import { appendFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { fingerprintInputs } from '../lib/fingerprint.ts';
import { ensureBuildId } from '../lib/search/build-id.ts';
import { SHARD_SIZE_VARIABLE } from '../lib/search/shards.ts';
import { buildHeaderRules, formatHeadersFile } from '../lib/search/headers.ts';
import { FILTER_NAMES, HIGHLIGHT_PARAM } from '../lib/search/url-state.ts';

/**
 * Paper pages are precached, so that every paper opens offline after one visit to any page, only while their HTML
 * adds up to at most this many bytes. Larger sites cache each paper page when it is first visited.
 */
export const PAGE_PRECACHE_BUDGET_BYTES = 10 * 1024 * 1024;

/** Prefix of every cache the service worker creates. A new build deletes the caches of older builds that carry it. */
const CACHE_PREFIX = 'papers';

/**
 * Files every visitor gets offline: the home and search pages, the icon, Astro's scripts and styles, the search
 * settings, and the parts of the Pagefind bundle that the Component UI uses, with the whole index. The Default and
 * Modular UIs are left out.
 */
const APP_SHELL_PATTERNS = [
  'index.html',
  'search/index.html',
  'search-settings.json',
  'favicon.svg',
  '_astro/**/*',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-component-ui.{js,css}',
  'pagefind/pagefind-highlight.js',
  'pagefind/pagefind-entry.json',
  'pagefind/*.pf_meta',
  'pagefind/wasm.*.pagefind',
  'pagefind/index/*',
  'pagefind/fragment/*',
  'pagefind/filter/*',
];

/**
 * Extra search index shards of a large site, which the search UI merges: their index, without their scripts. Added
 * only when the build wrote shards, because Workbox warns about every pattern that matches no file.
 */
const SHARD_PATTERNS = [
  'pagefind/shard-*/pagefind-entry.json',
  'pagefind/shard-*/*.pf_meta',
  'pagefind/shard-*/index/*',
  'pagefind/shard-*/fragment/*',
  'pagefind/shard-*/filter/*',
];

interface ServiceWorkerOptions {
  /** Base path with leading and trailing slash, as the site's URL builders contain it. */
  base: string;
  /** Folder of dumps, part of the build id. */
  seedsDir: string;
}

/**
 * Generates `sw.js` with Workbox and writes the `_headers` file when a build finishes. Runs after the Pagefind
 * integration, whose bundle it precaches. The build id it fixes at the start becomes Pagefind's `metaCacheTag`, so
 * that the index entry file is requested under one URL per build and can be cached.
 */
export function serviceWorker({ base, seedsDir }: ServiceWorkerOptions): AstroIntegration {
  // Every setting that changes the output is part of the id, so that a changed index never shares a cache tag.
  const settings = [process.env.SITE_URL, base, process.env.FEED_ITEM_LIMIT, process.env[SHARD_SIZE_VARIABLE]].map((value) => value ?? '').join(' ');
  const buildId = ensureBuildId(process.env, () => fingerprintInputs([seedsDir, 'src', 'package-lock.json'], settings));
  const pagesCache = `${CACHE_PREFIX}-pages-${buildId}`;

  return {
    name: 'papers:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();

        writeFileSync(join(outDir, '_headers'), formatHeadersFile(buildHeaderRules(base)));

        const pageBytes = sumPaperPageBytes(outDir);
        const precachePages = pageBytes <= PAGE_PRECACHE_BUDGET_BYTES;
        if (!precachePages) {
          logger.info(`Paper pages take ${formatMegabytes(pageBytes)}, above the ${formatMegabytes(PAGE_PRECACHE_BUDGET_BYTES)} precache budget: each page is cached offline when it is first visited.`);
        }

        const swPath = join(outDir, 'sw.js');
        const { count, size, warnings } = await generateSW({
          globDirectory: outDir,
          globPatterns: [
            ...APP_SHELL_PATTERNS,
            ...(hasSearchShards(outDir) ? SHARD_PATTERNS : []),
            ...(precachePages ? ['papers/*/index.html'] : []),
          ],
          swDest: swPath,
          modifyURLPrefix: { '': base },
          directoryIndex: 'index.html',
          cacheId: CACHE_PREFIX,
          cleanupOutdatedCaches: true,
          clientsClaim: true,
          skipWaiting: true,
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
          // Pagefind index chunks and fragments are small, but its WebAssembly and scripts are near 200 kB each.
          maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
          // Search state, highlighted terms and Pagefind's cache tag select the same file as the bare URL.
          ignoreURLParametersMatching: [/^utm_/, /^q$/, /^sort$/, /^ts$/, new RegExp(`^${HIGHLIGHT_PARAM}$`), ...FILTER_NAMES.map((name) => new RegExp(`^${name}$`))],
          runtimeCaching: [
            {
              urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
              handler: 'NetworkFirst',
              options: {
                cacheName: pagesCache,
                networkTimeoutSeconds: 4,
                matchOptions: { ignoreSearch: true },
                expiration: { maxEntries: 2000 },
              },
            },
          ],
        });
        for (const warning of warnings) logger.warn(warning);

        appendFileSync(swPath, deleteOldCachesScript(pagesCache));

        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`Service worker precaches ${count} files, ${formatMegabytes(size)}, in ${seconds} s.`);
      },
    },
  };
}

/**
 * Script appended to `sw.js` that deletes the page caches of older builds when this worker activates, so that a reader
 * offline never gets a page of one build next to the search index of another. Workbox's own
 * `cleanupOutdatedCaches` covers only its precache.
 */
function deleteOldCachesScript(currentCache: string): string {
  const prefix = JSON.stringify(`${CACHE_PREFIX}-pages-`);
  const current = JSON.stringify(currentCache);
  return `
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((names) => Promise.all(names.filter((name) => name.startsWith(${prefix}) && name !== ${current}).map((name) => caches.delete(name)))));
});
`;
}

function hasSearchShards(outDir: string): boolean {
  return readdirSync(join(outDir, 'pagefind')).some((name) => name.startsWith('shard-'));
}

function sumPaperPageBytes(outDir: string): number {
  let bytes = 0;
  let entries: string[];
  try {
    entries = readdirSync(join(outDir, 'papers'));
  } catch {
    return 0;
  }
  for (const slug of entries) {
    try {
      bytes += statSync(join(outDir, 'papers', slug, 'index.html')).size;
    } catch {
      // Not a paper page folder.
    }
  }
  return bytes;
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(2)} MB`;
}
