import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.ts';
import { slugifyTitle } from '../ingest/slug.ts';

/** File in the seeds folder that replaces the default taxonomy. */
export const TAXONOMY_FILE = 'topics.json';

/** Slug and name of the topic that lists papers matching no taxonomy term. */
export const OTHER_TOPIC = { slug: 'other', name: 'Other' } as const;

/** One topic of the taxonomy. */
export interface TaxonomyTopic {
  /** URL segment: lowercase ASCII letters, digits and single hyphens. */
  slug: string;
  /** Display name, also matched as a term. */
  name: string;
  /** Synonyms and abbreviations matched on whole words, for example `MAE` for masked autoencoders. */
  terms: string[];
}

/** The topics papers are sorted into, in the order the file lists them. */
export interface Taxonomy {
  /** File the taxonomy was read from, for messages. */
  file: string;
  topics: TaxonomyTopic[];
}

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FORMAT_HINT = 'The file must look like { "topics": [{ "name": "Masked autoencoders", "terms": ["MAE", "masked image modeling"] }] }.';

/**
 * Reads `topics.json` from the seeds folder when it exists, and otherwise validates the default taxonomy.
 * Throws an `InputError` naming the file when the JSON or its shape is invalid.
 */
export function readTaxonomy(seedsDir: string, defaults: unknown): Taxonomy {
  let text: string;
  try {
    text = readFileSync(join(seedsDir, TAXONOMY_FILE), 'utf8');
  } catch {
    return parseTaxonomy(defaults, 'src/data/taxonomy.json');
  }

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error: unknown) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputError('invalid-taxonomy', { file: TAXONOMY_FILE }, `the file is not valid JSON (${detail}). ${FORMAT_HINT}`);
  }
  return parseTaxonomy(value, TAXONOMY_FILE);
}

/**
 * Validates a parsed taxonomy file. Each topic needs a `name`, may list `terms`, and may set its `slug` (by default
 * the slugified name). Slugs must be unique, and `other` is reserved for papers that match nothing.
 */
export function parseTaxonomy(value: unknown, file: string): Taxonomy {
  const fail = (detail: string): never => {
    throw new InputError('invalid-taxonomy', { file }, `${detail} ${FORMAT_HINT}`);
  };

  if (typeof value !== 'object' || value === null || !('topics' in value) || !Array.isArray(value.topics)) {
    return fail('the file must be a JSON object with a "topics" array.');
  }
  if (value.topics.length === 0) fail('the "topics" array is empty.');

  const topics: TaxonomyTopic[] = [];
  const seen = new Map<string, string>();
  for (const [index, entry] of (value.topics as unknown[]).entries()) {
    const topic = parseTopic(entry, `topic ${index + 1}`, fail);

    if (topic.slug === OTHER_TOPIC.slug) fail(`topic ${index + 1} ("${topic.name}") has the slug "other", which is reserved for papers that match no topic.`);
    const earlier = seen.get(topic.slug);
    if (earlier !== undefined) fail(`topics "${earlier}" and "${topic.name}" have the same slug "${topic.slug}". Give one of them another "slug".`);
    seen.set(topic.slug, topic.name);

    topics.push(topic);
  }
  return { file, topics };
}

function parseTopic(entry: unknown, label: string, fail: (detail: string) => never): TaxonomyTopic {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return fail(`${label} is not an object.`);

  const name = 'name' in entry && typeof entry.name === 'string' ? entry.name.trim() : '';
  if (name === '') fail(`${label} has no "name" string.`);

  const rawTerms: unknown = 'terms' in entry ? entry.terms : [];
  if (!Array.isArray(rawTerms) || rawTerms.some((term) => typeof term !== 'string' || !/[\p{L}\p{N}]/u.test(term))) {
    fail(`${label} ("${name}") has a "terms" value that is not an array of words and phrases.`);
  }
  const terms = (rawTerms as string[]).map((term) => term.trim());

  const rawSlug: unknown = 'slug' in entry ? entry.slug : undefined;
  if (rawSlug !== undefined && (typeof rawSlug !== 'string' || !SLUG_PATTERN.test(rawSlug))) {
    fail(`${label} ("${name}") has the slug ${JSON.stringify(rawSlug)}, but a slug may contain only lowercase letters, digits and single hyphens.`);
  }
  const slug = typeof rawSlug === 'string' ? rawSlug : slugifyTitle(name);
  if (slug === '') fail(`${label} ("${name}") gives an empty slug. Set a "slug" made of lowercase letters, digits and hyphens.`);

  return { slug, name, terms };
}
