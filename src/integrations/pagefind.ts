import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';
import { formatCount } from '../lib/errors.ts';
import { countIndexedPages } from '../lib/search/pagefind-entry.ts';
import { searchDocument } from '../lib/search/search-document.ts';
import { MAX_PAPERS_PER_SHARD, readShardSize, searchShardFolder, splitIntoShards } from '../lib/search/shards.ts';
import type { SitePaper } from '../lib/site/model.ts';
import { recordPhase } from '../lib/timings.ts';
import { receiveSearchPapers } from './search-handoff.ts';

/** Pathname of a paper page as Astro reports it in `astro:build:done`, without the base path: `papers/<slug>/`. */
const PAPER_PAGE = /^papers\/[^/]+\/$/;

/** Documents sent to Pagefind before waiting for its replies. */
const BATCH_SIZE = 64;

/**
 * Writes the Pagefind index from the papers' data while Astro renders the pages. The page code hands the papers over
 * once it has built the site model (`search-handoff.ts`). Pagefind, a separate process, then indexes one document per
 * paper (`searchDocument`) on another core. A site of up to {@link MAX_PAPERS_PER_SHARD} papers gets one bundle in
 * `<outDir>/pagefind/`; a larger one gets a bundle per shard of papers, in slug order, each indexed in its own
 * Pagefind run so that memory stays bounded (see `src/lib/search/shards.ts`). The search UI merges the shards.
 * When the build is done, the integration waits for the index and fails the build when Pagefind reported an error or
 * indexed a different number of pages than there are paper pages.
 */
export function pagefind(): AstroIntegration {
  let outDir = '';
  let indexing: Promise<IndexSummary> | undefined;
  let stopReceiving = (): void => {};

  return {
    name: 'papers:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        stopReceiving = receiveSearchPapers((papers) => {
          if (indexing) return;
          indexing = indexPapers(outDir, papers, readShardSize(process.env));
          // The result is awaited in astro:build:done. Until then, this handler keeps a failure from ending the process.
          indexing.catch(() => {});
        });
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        stopReceiving();
        const paperPages = pages.filter((page) => PAPER_PAGE.test(page.pathname)).length;
        if (fileURLToPath(dir) !== outDir) throw new Error(`The build wrote to ${fileURLToPath(dir)}, but the search index went to ${outDir}.`);
        // NOTE: with experimental.parallelPrerender the page code runs in worker threads, which cannot reach the
        // receiver, so this integration needs the pages rendered on the main thread.
        if (!indexing) throw new Error('The page code handed no papers to the search index, so the site has no search. Is experimental.parallelPrerender on?');

        const waitStarted = performance.now();
        const summary = await indexing;
        if (summary.indexed !== paperPages) {
          throw new Error(`Pagefind indexed ${summary.indexed} pages, but the site has ${paperPages} paper pages. Every paper page needs one search document.`);
        }
        logIndexSummary(logger, summary, performance.now() - waitStarted);
      },
    },
  };
}

interface IndexSummary {
  indexed: number;
  shards: number;
  /** Wall time of all Pagefind runs, in milliseconds. */
  ms: number;
}

function logIndexSummary(logger: AstroIntegrationLogger, summary: IndexSummary, waitedMs: number): void {
  const bundles = summary.shards === 1 ? 'one index' : `${summary.shards} shards`;
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  logger.info(`Indexed ${formatCount(summary.indexed, 'paper')} for search in ${bundles} in ${seconds(summary.ms)} s, ${seconds(waitedMs)} s of it after the pages were rendered.`);
}

/** Indexes the papers in shards, one Pagefind run after another, and returns the number of pages indexed. */
async function indexPapers(outDir: string, papers: readonly SitePaper[], shardSize: number): Promise<IndexSummary> {
  const started = performance.now();
  const bySlug = papers.toSorted(compareSlugs);
  const shards = splitIntoShards(bySlug, shardSize);

  let indexed = 0;
  for (const [shard, shardPapers] of shards.entries()) {
    const bundleDir = join(outDir, 'pagefind', searchShardFolder(shard));
    await writeIndex(bundleDir, shardPapers);
    indexed += readIndexedPageCount(bundleDir);
  }

  recordPhase('search index, beside rendering', started);
  return { indexed, shards: shards.length, ms: performance.now() - started };
}

/** Orders papers by slug, code unit by code unit, so that shards do not depend on the locale. */
function compareSlugs(a: SitePaper, b: SitePaper): number {
  if (a.slug === b.slug) return 0;
  return a.slug < b.slug ? -1 : 1;
}

/** Runs Pagefind once over the papers' search documents and writes its bundle to `bundleDir`. */
async function writeIndex(bundleDir: string, papers: readonly SitePaper[]): Promise<void> {
  try {
    const { index, errors } = await pagefindApi.createIndex({ forceLanguage: 'en' });
    throwOnErrors('create the index', errors);
    if (!index) throw new Error('Pagefind returned no index.');

    for (let start = 0; start < papers.length; start += BATCH_SIZE) {
      const batch = papers.slice(start, start + BATCH_SIZE).map(async (paper) => {
        const document = searchDocument(paper);
        const added = await index.addHTMLFile({ url: document.url, content: document.html });
        throwOnErrors(`index ${document.url}`, added.errors);
      });
      await Promise.all(batch);
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
