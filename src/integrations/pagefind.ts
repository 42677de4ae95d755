import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';

/** An element with the `data-pagefind-body` attribute. Text cannot match: its `<` is escaped as `&lt;`. */
const BODY_MARKER = /<[a-z][^<>]*\sdata-pagefind-body[\s=>]/;

/** Pathname of a paper page as Astro reports it in `astro:build:done`, without the base path: `papers/<slug>/`. */
const PAPER_PAGE = /^papers\/[^/]+\/$/;

/**
 * Writes the Pagefind index to `<outDir>/pagefind/` when a build finishes. Fails the build when Pagefind reports an
 * error, or when it indexes a different number of pages than there are papers, one page each.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'papers:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const papers = pages.filter((page) => PAPER_PAGE.test(page.pathname)).length;

        try {
          const { index, errors } = await pagefindApi.createIndex({ forceLanguage: 'en' });
          throwOnErrors('create the index', errors);
          if (!index) throw new Error('Pagefind returned no index.');

          const added = await index.addDirectory({ path: outDir });
          throwOnErrors('index the built pages', added.errors);

          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          throwOnErrors('write the index', written.errors);
        } finally {
          await pagefindApi.close();
        }

        const indexed = readIndexedPageCount(join(outDir, 'pagefind'));
        if (indexed !== papers) {
          // Reading every page again is slow on a large site, so the count of marked pages is taken only to explain a failure.
          const marked = countMarkedPages(outDir);
          throw new Error(
            `Pagefind indexed ${indexed} pages, but the site has ${papers} papers and ${marked} pages marked for search with data-pagefind-body. Only paper pages may carry data-pagefind-body, one element each.`,
          );
        }

        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`Indexed ${indexed} papers for search in ${seconds} s.`);
      },
    },
  };
}

function throwOnErrors(step: string, errors: readonly string[]): void {
  if (errors.length === 0) return;
  throw new Error(`Pagefind failed to ${step}:\n${errors.join('\n')}`);
}

/** Reads the number of indexed pages, summed over languages, from the bundle's `pagefind-entry.json`. */
function readIndexedPageCount(bundleDir: string): number {
  const entry: unknown = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8'));
  const languages = typeof entry === 'object' && entry !== null && 'languages' in entry ? entry.languages : undefined;
  if (typeof languages !== 'object' || languages === null) throw new Error('pagefind-entry.json lists no languages.');

  let count = 0;
  for (const language of Object.values(languages)) {
    const pages: unknown = typeof language === 'object' && language !== null && 'page_count' in language ? language.page_count : 0;
    count += typeof pages === 'number' ? pages : 0;
  }
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
