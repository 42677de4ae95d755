import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import defaultTaxonomy from '../../../src/data/taxonomy.json';
import { InputError } from '../../../src/lib/errors.ts';
import { parseTaxonomy, readTaxonomy } from '../../../src/lib/site/taxonomy.ts';

function errorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (error: unknown) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('parseTaxonomy', () => {
  it('derives slugs from names', () => {
    const taxonomy = parseTaxonomy({ topics: [{ name: 'Masked autoencoders', terms: ['MAE'] }, { name: '3D' }] }, 'topics.json');

    expect(taxonomy.topics).toEqual([
      { slug: 'masked-autoencoders', name: 'Masked autoencoders', terms: ['MAE'] },
      { slug: '3d', name: '3D', terms: [] },
    ]);
  });

  it('keeps an explicit slug', () => {
    const taxonomy = parseTaxonomy({ topics: [{ name: 'Large language models', slug: 'llm' }] }, 'topics.json');

    expect(taxonomy.topics[0]?.slug).toBe('llm');
  });

  it.each([
    ['not an object', [], /"topics" array/],
    ['no topics', { topics: [] }, /is empty/],
    ['topic without name', { topics: [{ terms: ['x'] }] }, /topic 1 has no "name"/],
    ['terms not strings', { topics: [{ name: 'Video', terms: [3] }] }, /"Video".*"terms"/],
    ['term without words', { topics: [{ name: 'Video', terms: ['--'] }] }, /"Video".*"terms"/],
    ['invalid slug', { topics: [{ name: 'Video', slug: 'Video Clips' }] }, /"Video Clips"/],
    ['reserved slug', { topics: [{ name: 'Other' }] }, /reserved/],
    ['duplicate slug', { topics: [{ name: 'Video' }, { name: 'video' }] }, /same slug "video"/],
    ['empty slug', { topics: [{ name: '★ ☆' }] }, /empty slug/],
  ])('rejects %s', (_case, value, message) => {
    const error = errorOf(() => parseTaxonomy(value, 'topics.json'));

    expect(error.code).toBe('invalid-taxonomy');
    expect(error.message).toMatch(/^topics\.json: /);
    expect(error.message).toMatch(message);
  });

  it('accepts the default taxonomy', () => {
    expect(parseTaxonomy(defaultTaxonomy, 'taxonomy.json').topics.length).toBeGreaterThan(20);
  });
});

describe('readTaxonomy', () => {
  let folder = '';

  afterEach(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('uses the defaults without topics.json', () => {
    folder = mkdtempSync(join(tmpdir(), 'papers-taxonomy-'));

    expect(readTaxonomy(folder, { topics: [{ name: 'Video' }] }).topics.map((topic) => topic.slug)).toEqual(['video']);
  });

  it('reads topics.json from the seeds folder', () => {
    folder = mkdtempSync(join(tmpdir(), 'papers-taxonomy-'));
    writeFileSync(join(folder, 'topics.json'), JSON.stringify({ topics: [{ name: 'Robotics', terms: ['robot'] }] }));

    const taxonomy = readTaxonomy(folder, { topics: [{ name: 'Video' }] });

    expect(taxonomy.file).toBe('topics.json');
    expect(taxonomy.topics.map((topic) => topic.slug)).toEqual(['robotics']);
  });

  it('rejects invalid JSON with its location', () => {
    folder = mkdtempSync(join(tmpdir(), 'papers-taxonomy-'));
    writeFileSync(join(folder, 'topics.json'), '{ "topics": [');

    expect(errorOf(() => readTaxonomy(folder, {})).message).toMatch(/^topics\.json: the file is not valid JSON/);
  });
});
