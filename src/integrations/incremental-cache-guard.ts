import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** File in Astro's cache folder that exists from the start of a build until the build finishes. */
export const UNFINISHED_BUILD_MARKER = 'papers-build-unfinished';

/**
 * Discards Astro's incremental build cache when the previous build did not finish. Astro 7.4.7 writes each rendered
 * page's cache copy at once, but its manifest of cache keys only after the last page. A build stopped in between
 * (Ctrl+C, a CI timeout, an out-of-memory kill) therefore leaves copies that no longer match the keys in the manifest,
 * and a later build with the old inputs would restore them. Place this integration last, so that its marker is removed
 * only after every other integration finished.
 */
export function incrementalCacheGuard(): AstroIntegration {
  let cacheDir = '';

  return {
    name: 'papers:incremental-cache-guard',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': ({ logger }) => {
        const marker = join(cacheDir, UNFINISHED_BUILD_MARKER);
        if (existsSync(marker)) {
          // NOTE: file names of Astro 7.4.7's incremental build (core/build/incremental.js).
          rmSync(join(cacheDir, 'incremental-build.json'), { force: true });
          rmSync(join(cacheDir, 'dist'), { recursive: true, force: true });
          logger.warn('The previous build did not finish, so its page cache was discarded and every page is rendered again.');
        }
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(marker, `Build started at ${new Date().toISOString()}.\n`);
      },
      'astro:build:done': () => {
        rmSync(join(cacheDir, UNFINISHED_BUILD_MARKER), { force: true });
      },
    },
  };
}
