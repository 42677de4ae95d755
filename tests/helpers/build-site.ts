import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Project root: the folder that contains package.json. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** Options for one test build; each maps to the environment variable of the same meaning. */
export interface BuildOptions {
  seedsDir: string;
  siteUrl?: string;
  basePath?: string;
  /** Items per feed (`FEED_ITEM_LIMIT`); the project default when undefined. */
  feedItemLimit?: number;
  /** Astro's cache folder (`PAPERS_CACHE_DIR`), to build again with an earlier build's caches; a new folder when undefined. */
  cacheDir?: string;
}

/** Output of a finished build. */
export interface BuiltSite {
  outDir: string;
  /** Everything the build printed to stdout and stderr. */
  log: string;
}

/** Builds the site with `astro build` into a new temporary folder, the way `npm run build` does. */
export async function buildSite(options: BuildOptions): Promise<BuiltSite> {
  const outDir = mkdtempSync(join(tmpdir(), 'papers-build-'));
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    SEEDS_DIR: options.seedsDir,
    SITE_URL: options.siteUrl ?? 'https://papers.example',
    BASE_PATH: options.basePath ?? '/',
    ...(options.feedItemLimit === undefined ? {} : { FEED_ITEM_LIMIT: String(options.feedItemLimit) }),
    PAPERS_CACHE_DIR: options.cacheDir ?? join(outDir, '..', `${outDir.split('/').pop() ?? 'papers'}-cache`),
  };

  const { stdout, stderr } = await run(process.execPath, [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: PROJECT_ROOT,
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { outDir, log: `${stdout}\n${stderr}` };
}
