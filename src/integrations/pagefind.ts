import type { AstroIntegration } from 'astro';
import { formatCount } from '../lib/errors.ts';
import { countIndexedPages } from '../lib/search/pagefind-entry.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';
import { MAX_PAPERS_PER_SHARD, readShardSize, searchShardFolder, splitIntoShards } from '../lib/search/shards.ts';

/** An element with the `data-pagefind-body` attribute. Text cannot match: its `<` is escaped as `&lt;`. */
const BODY_MARKER = /<[a-z][^<>]*\sdata-pagefind-body[\s=>]/;

/** Pathname of a paper page as Astro reports it in `astro:build:done`, without the base path: `papers/<slug>/`. */
const PAPER_PAGE = /^papers\/[^/]+\/$/;

/**
 * Writes the Pagefind index when a build finishes: one bundle in `<outDir>/pagefind/` for up to
 * {@link MAX_PAPERS_PER_SHARD} papers, and for a larger site one bundle per shard of paper pages, in slug order, each
 * indexed in its own Pagefind run so that memory stays bounded (see `src/lib/search/shards.ts`). The search UI merges
 * the shards. Fails the build when Pagefind reports an error, or when it indexes a different number of pages than
 * there are papers, one page each.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'papers:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const paperPages = pages
          .map((page) => page.pathname)
          .filter((pathname) => PAPER_PAGE.test(pathname))
          .toSorted();
        const shards = splitIntoShards(paperPages, readShardSize(process.env));

        let indexed = 0;
        for (const [shard, shardPages] of shards.entries()) {
          const bundleDir = join(outDir, 'pagefind', searchShardFolder(shard));
          // A single index takes the whole folder, as before sharding; shards list their pages.
          await writeIndex(outDir, bundleDir, shards.length === 1 ? undefined : shardPages);
          indexed += readIndexedPageCount(bundleDir);
        }

        if (indexed !== paperPages.length) {
          // Reading every page again is slow on a large site, so the count of marked pages is taken only to explain a failure.
          const marked = countMarkedPages(outDir);
          throw new Error(
            `Pagefind indexed ${indexed} pages, but the site has ${paperPages.length} papers and ${marked} pages marked for search with data-pagefind-body. Only paper pages may carry data-pagefind-body, one element each.`,
          );
        }

        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`Indexed ${formatCount(indexed, 'paper')} for search in ${shards.length === 1 ? 'one index' : `${shards.length} shards`} in ${seconds} s.`);
      },
    },
  };
}

/**
 * Runs Pagefind once and writes its bundle to `bundleDir`: over every HTML file in `outDir`, or over the given paper
 * pages only (pathnames relative to the site root, such as `papers/<slug>/`).
 */
async function writeIndex(outDir: string, bundleDir: string, paperPages: readonly string[] | undefined): Promise<void> {
  try {
    const { index, errors } = await pagefindApi.createIndex({ forceLanguage: 'en' });
    throwOnErrors('create the index', errors);
    if (!index) throw new Error('Pagefind returned no index.');

    if (paperPages === undefined) {
      const added = await index.addDirectory({ path: outDir });
      throwOnErrors('index the built pages', added.errors);
    } else {
      for (const pathname of paperPages) {
        const sourcePath = join(pathname, 'index.html');
        const added = await index.addHTMLFile({ sourcePath, content: readFileSync(join(outDir, sourcePath), 'utf8') });
        throwOnErrors(`index ${sourcePath}`, added.errors);
      }
    }

    const written = await index.writeFiles({ outputPath: bundleDir });
    throwOnErrors('write the index', written.errors);
  } finally {
    await pagefindApi.close();
  }
}

function throwOnErrors(step: string, errors: readonly string[]): void {
  if (errors.length === 0) return;
  throw new Error(`Pagefind failed to ${step}:\n${errors.join('\n')}`);
}

/** Reads the number of indexed pages, summed over languages, from the bundle's `pagefind-entry.json`. */
function readIndexedPageCount(bundleDir: string): number {
  const count = countIndexedPages(JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')));
  if (count === undefined) throw new Error('pagefind-entry.json lists no languages.');
  return count;
}

function countMarkedPages(outDir: string): number {
  let count = 0;
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const path = join(entry.parentPath, entry.name);
    if (relative(outDir, path).startsWith('pagefind')) continue;
    if (BODY_MARKER.test(readFileSync(path, 'utf8'))) count++;
  }
  return count;
}
