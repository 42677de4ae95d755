import { getCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import { resolve } from 'node:path';
import { handOffSearchPapers } from '../integrations/search-handoff.ts';
import { InputError } from '../lib/errors.ts';
import { inflateAbstract } from '../lib/ingest/stored-abstract.ts';
import { readBuildId } from '../lib/search/build-id.ts';
import type { SearchSettings } from '../lib/search/search-settings.ts';
import { readShardSize, searchShardPaths } from '../lib/search/shards.ts';
import { buildSiteModel, type SiteModel } from '../lib/site/model.ts';
import { OTHER_TOPIC, readTaxonomy, TAXONOMY_FILE, type Taxonomy } from '../lib/site/taxonomy.ts';
import { config, urls } from '../site.ts';
import defaultTaxonomy from './taxonomy.json';

let cached: Promise<SiteModel> | undefined;

/**
 * Loads the papers collection and builds the site model once per build; every page shares the result. In a build, the
 * papers then go to the search index, which Pagefind writes while the pages render.
 */
export function getSiteModel(): Promise<SiteModel> {
  cached ??= getCollection('papers').then((entries) => {
    const taxonomy = loadTaxonomy();
    const model = buildSiteModel(
      entries.map((entry) => inflateAbstract(entry.data)),
      taxonomy,
    );
    reportTopics(model, taxonomy);
    handOffSearchPapers(model.papers);
    return model;
  });
  return cached;
}

/** Builds the settings of this build's search UI: the build id and the bundle folders of the index shards. */
export async function getSearchSettings(): Promise<SearchSettings> {
  const { papers } = await getSiteModel();
  return { cacheTag: readBuildId(process.env), shardPaths: searchShardPaths(papers.length, urls, readShardSize(process.env)) };
}

function loadTaxonomy(): Taxonomy {
  // `astro build` runs from the project root, the folder a relative SEEDS_DIR is resolved against.
  const seedsDir = resolve(config.seedsDir);
  try {
    return readTaxonomy(seedsDir, defaultTaxonomy);
  } catch (error: unknown) {
    if (!(error instanceof InputError)) throw error;
    // Like a bad dump, a bad taxonomy is the user's to fix, so the build prints the message without a stack trace.
    const stopped = new AstroError(error.message, `Fix ${TAXONOMY_FILE} in the seeds folder (SEEDS_DIR=${config.seedsDir}), or remove it to use the default taxonomy.`);
    stopped.stack = '';
    throw stopped;
  }
}

function reportTopics(model: SiteModel, taxonomy: Taxonomy): void {
  const unmatched = model.topicsBySlug.get(OTHER_TOPIC.slug)?.count ?? 0;
  const matched = model.topics.length - (unmatched > 0 ? 1 : 0);
  // Page rendering has no Astro logger, so this line goes to the console in the same "[label] message" form.
  console.info(
    `[papers:topics] ${matched} of ${taxonomy.topics.length} topics from ${taxonomy.file} have papers; ${unmatched} of ${model.papers.length} papers match no topic and are listed under "${OTHER_TOPIC.name}".`,
  );
}
