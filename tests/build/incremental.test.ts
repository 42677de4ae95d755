import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNFINISHED_BUILD_MARKER } from '../../src/integrations/incremental-cache-guard.ts';
import { buildSite, PROJECT_ROOT, type BuiltSite } from '../helpers/build-site.ts';

const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/reading');

/** A later dump: one new paper, and one paper of the fixture listed again, which changes that paper's page. */
const LATER_DUMP = `Mar 12

Sparse Probing of Diffusion Transformers

We probe the attention maps of diffusion transformers with sparse linear classifiers. Object identity is decodable from early layers.

Learning Rate Schedules for Continual Pre-training

Warmup and decay of the learning rate decide how much a language model forgets during continual pre-training on a new domain. Infinite schedules avoid re-warming.
`;

function listFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .toSorted();
}

/** Paths that Astro logged as copied from its cache rather than rendered, such as `/papers/<slug>/index.html`. */
function restoredPaths(log: string): string[] {
  const plain = stripVTControlCharacters(log);
  return [...plain.matchAll(/─ (\S+) \(restored\)/g)].map((match) => match[1] ?? '');
}

// Astro's incremental build copies a page from its cache when the page's cacheKey and templates are unchanged. A
// rebuild after adding a dump must give the same files as a clean build of the same dumps.
describe('incremental build after adding a dump', () => {
  const folders: string[] = [];
  let incremental: BuiltSite;
  let clean: BuiltSite;

  beforeAll(async () => {
    const seedsDir = mkdtempSync(join(tmpdir(), 'papers-seeds-'));
    const cacheDir = mkdtempSync(join(tmpdir(), 'papers-cache-'));
    folders.push(seedsDir, cacheDir);
    cpSync(FIXTURE, seedsDir, { recursive: true });

    const first = await buildSite({ seedsDir, cacheDir });
    folders.push(first.outDir);
    writeFileSync(join(seedsDir, '2025-03-12.txt'), LATER_DUMP);
    incremental = await buildSite({ seedsDir, cacheDir });
    clean = await buildSite({ seedsDir });
    folders.push(incremental.outDir, clean.outDir, `${clean.outDir}-cache`);
  }, 240_000);

  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it('copies unchanged paper pages from the cache', () => {
    const restored = restoredPaths(incremental.log);

    expect(restored).toContain('/papers/siamese-masked-autoencoders-for-video/index.html');
    expect(restored).not.toContain('/papers/sparse-probing-of-diffusion-transformers/index.html');
    expect(restored).not.toContain('/papers/learning-rate-schedules-for-continual-pre-training/index.html');
    expect(restoredPaths(clean.log)).toEqual([]);
  });

  it('writes the same files as a clean build', () => {
    const files = listFiles(clean.outDir);

    expect(listFiles(incremental.outDir)).toEqual(files);
    for (const file of files) {
      expect(readFileSync(join(incremental.outDir, file)).equals(readFileSync(join(clean.outDir, file))), file).toBe(true);
    }
  });
});

// Astro writes a page's cache copy as soon as the page renders, but the manifest of cache keys only at the end, so a
// stopped build leaves copies that do not match their keys. A build after one that did not finish must not use them.
describe('build after an unfinished build', () => {
  const PAGE = 'papers/siamese-masked-autoencoders-for-video/index.html';
  const folders: string[] = [];
  let seedsDir: string;
  let cacheDir: string;

  beforeAll(async () => {
    seedsDir = mkdtempSync(join(tmpdir(), 'papers-seeds-'));
    cacheDir = mkdtempSync(join(tmpdir(), 'papers-cache-'));
    folders.push(seedsDir, cacheDir);
    cpSync(FIXTURE, seedsDir, { recursive: true });
    folders.push((await buildSite({ seedsDir, cacheDir })).outDir);
  }, 120_000);

  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it('restores cached pages after a finished build', async () => {
    writeFileSync(join(cacheDir, 'dist', PAGE), 'stale copy');
    const next = await buildSite({ seedsDir, cacheDir });
    folders.push(next.outDir);

    expect(readFileSync(join(next.outDir, PAGE), 'utf8')).toBe('stale copy');
  }, 120_000);

  it('renders every page after an unfinished one', async () => {
    writeFileSync(join(cacheDir, 'dist', PAGE), 'stale copy');
    writeFileSync(join(cacheDir, UNFINISHED_BUILD_MARKER), '');
    const next = await buildSite({ seedsDir, cacheDir });
    folders.push(next.outDir);

    expect(readFileSync(join(next.outDir, PAGE), 'utf8')).toContain('Siamese Masked Autoencoders for Video');
    expect(restoredPaths(next.log)).toEqual([]);
    expect(next.log).toContain('The previous build did not finish');
    expect(existsSync(join(cacheDir, UNFINISHED_BUILD_MARKER))).toBe(false);
  }, 120_000);
});
