import { defineCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatWarning, InputError } from './lib/errors.ts';
import { loadSeeds, type Paper } from './lib/ingest/load-seeds.ts';
import { config } from './site.ts';

const paperSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  abstract: z.string(),
  abstractHtml: z.string(),
  summary: z.string(),
  links: z.array(z.object({ url: z.url(), kind: z.enum(['code', 'model', 'dataset', 'space', 'arxiv', 'pdf', 'project']) })),
  dates: z.array(z.iso.date()).min(1),
  sources: z.array(z.object({ file: z.string(), line: z.number().int().positive() })).min(1),
}) satisfies z.ZodType<Paper>;

/** Loads papers from the dumps in `SEEDS_DIR`, storing one entry per paper keyed by its slug. */
const seedsLoader = {
  name: 'papers-seeds',
  load: async ({ store, logger, parseData, generateDigest, config: astroConfig }) => {
    const root = fileURLToPath(astroConfig.root);
    const seedsDir = isAbsolute(config.seedsDir) ? config.seedsDir : join(root, config.seedsDir);

    let result;
    try {
      result = await loadSeeds(seedsDir);
    } catch (error: unknown) {
      if (!(error instanceof InputError)) throw error;
      // An input problem is the user's to fix, so the build prints the message and hint without a stack trace.
      const stopped = new AstroError(error.message, `Fix the dump named above (SEEDS_DIR=${config.seedsDir}), then build again.`);
      stopped.stack = '';
      throw stopped;
    }

    for (const warning of result.warnings) logger.warn(formatWarning(warning));

    const stale = new Set(store.keys());
    for (const paper of result.papers) {
      stale.delete(paper.slug);
      const data = await parseData({ id: paper.slug, data: { ...paper } });
      store.set({ id: paper.slug, data, digest: generateDigest(JSON.stringify(paper)) });
    }
    for (const id of stale) store.delete(id);

    const multiDay = result.papers.filter((paper) => paper.dates.length > 1).length;
    logger.info(`Read ${result.dumps} dump(s): ${result.papers.length} papers, ${multiDay} listed on several days, ${result.warnings.length} warning(s).`);
  },
} satisfies Loader;

export const collections = {
  papers: defineCollection({ loader: seedsLoader, schema: paperSchema }),
};
