import { defineCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatCount, formatSummary, formatWarning, InputError, type InputWarning } from './lib/errors.ts';
import { fingerprintInputs } from './lib/fingerprint.ts';
import { draftDigest, renderPaper } from './lib/ingest/load-seeds.ts';
import { describeFixTarget, readSeeds, type SeedsDrafts } from './lib/ingest/read-seeds.ts';
import { deflateAbstract, type StoredPaper } from './lib/ingest/stored-abstract.ts';
import { config } from './site.ts';

const paperSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  abstract: z.string(),
  abstractHtmlDeflated: z.string(),
  summary: z.string(),
  links: z.array(z.object({ url: z.url(), kind: z.enum(['code', 'model', 'dataset', 'space', 'arxiv', 'pdf', 'project']) })),
  hasMath: z.boolean(),
  arxivId: z.string().optional(),
  dates: z.array(z.iso.date()).min(1),
  sources: z.array(z.object({ file: z.string(), line: z.number().int().positive() })).min(1),
}) satisfies z.ZodType<StoredPaper>;

/** Files whose changes change how papers are cleaned and rendered, relative to the project root. */
const RENDERER_SOURCES = ['src/lib/ingest', 'src/lib/errors.ts', 'package-lock.json'];

// Meta-store key of the rendering warnings of a paper, kept so that a build that skips an unchanged paper still
// reports them.
const warningsKey = (slug: string): string => `render-warnings:${slug}`;

/**
 * Loads papers from the dumps in `SEEDS_DIR`, one entry per paper keyed by its slug. Papers whose digest is unchanged
 * since the last build are not cleaned or rendered again, and entries of papers no dump lists any more are deleted.
 * Every build logs the warnings and a summary line, also when an input error stops it.
 */
const seedsLoader = {
  name: 'papers-seeds',
  load: async ({ store, meta, logger, parseData, config: astroConfig }) => {
    const root = fileURLToPath(astroConfig.root);
    const seedsDir = isAbsolute(config.seedsDir) ? config.seedsDir : join(root, config.seedsDir);
    const warnings: InputWarning[] = [];

    let seeds: SeedsDrafts;
    try {
      seeds = readSeeds(seedsDir, warnings);
    } catch (error: unknown) {
      for (const warning of warnings) logger.warn(formatWarning(warning));
      if (!(error instanceof InputError)) throw error;
      // An input problem is the user's to fix, so the build prints the message and hint without a stack trace.
      const stopped = new AstroError(error.message, `Fix ${describeFixTarget(error)} (SEEDS_DIR=${config.seedsDir}), then build again. \`npm run check\` lists every problem without building.`);
      stopped.stack = '';
      throw stopped;
    }

    // Astro clears the store when this file or its config changes, but not when the code that cleans and renders
    // abstracts does, so that code and the package versions are part of every paper's digest.
    const renderer = fingerprintInputs(RENDERER_SOURCES.map((path) => join(root, path)), '');
    const stale = new Set(store.keys());
    let rendered = 0;
    for (const draft of seeds.drafts) {
      stale.delete(draft.slug);
      const digest = draftDigest(draft, renderer);
      if (store.get(draft.slug)?.digest === digest) {
        const stored = meta.get(warningsKey(draft.slug));
        if (stored !== undefined) warnings.push(...(JSON.parse(stored) as InputWarning[]));
        continue;
      }

      const paperWarnings: InputWarning[] = [];
      const paper = deflateAbstract(await renderPaper(draft, paperWarnings));
      const data = await parseData({ id: paper.slug, data: { ...paper } });
      store.set({ id: paper.slug, data, digest });
      if (paperWarnings.length > 0) meta.set(warningsKey(paper.slug), JSON.stringify(paperWarnings));
      else meta.delete(warningsKey(paper.slug));
      warnings.push(...paperWarnings);
      rendered++;
    }
    for (const id of stale) {
      store.delete(id);
      meta.delete(warningsKey(id));
    }

    for (const warning of warnings) logger.warn(formatWarning(warning));
    logger.debug(`Rendered ${formatCount(rendered, 'new or changed paper')}, kept ${seeds.drafts.length - rendered} unchanged, removed ${stale.size}.`);
    logger.info(formatSummary({ dumps: seeds.dumps.length, papers: seeds.drafts, warnings: warnings.length }));
  },
} satisfies Loader;

export const collections = {
  papers: defineCollection({ loader: seedsLoader, schema: paperSchema }),
};
