import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySite } from '../../src/lib/checks/verify-site.ts';
import { dayExportSchema, papersExportSchema } from '../../src/lib/exports/papers-export.ts';
import { buildSite, PROJECT_ROOT, type BuiltSite } from '../helpers/build-site.ts';

const run = promisify(execFile);
const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/two-days');
const temporary: string[] = [];

function makeTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** Runs `npm run build`'s script with its own cache, and returns the exit code and output. */
async function runBuildScript(outDir: string, seedsDir: string): Promise<{ code: number; output: string }> {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SEEDS_DIR: seedsDir, SITE_URL: 'https://papers.example', BASE_PATH: '/', PAPERS_CACHE_DIR: `${outDir}-cache` };
  try {
    const { stdout, stderr } = await run(process.execPath, [join(PROJECT_ROOT, 'scripts/build.ts'), '--out-dir', outDir], { cwd: PROJECT_ROOT, env, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, output: `${stdout}${stderr}` };
  } catch (error: unknown) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe('reproducible builds', () => {
  it('writes identical bytes twice', async () => {
    const first = await buildSite({ seedsDir: FIXTURE });
    const second = await buildSite({ seedsDir: FIXTURE });
    temporary.push(first.outDir, second.outDir);

    const files = listFiles(first.outDir);
    expect(listFiles(second.outDir)).toEqual(files);
    for (const file of files) {
      const same = readFileSync(join(first.outDir, file)).equals(readFileSync(join(second.outDir, file)));
      expect(same, `${file} differs between two builds`).toBe(true);
    }
  });
});

describe('atomic build script', () => {
  it('replaces the output only after a good build', async () => {
    const outDir = join(makeTempDir('papers-atomic-'), 'dist');

    const good = await runBuildScript(outDir, FIXTURE);
    expect(good.code, good.output).toBe(0);
    expect(good.output).toMatch(/Checked the build: 3 papers, 3 paper pages, 3 feed items, 3 search records/);
    const before = new Map(listFiles(outDir).map((file) => [file, readFileSync(join(outDir, file))]));

    const badSeeds = makeTempDir('papers-bad-seeds-');
    writeFileSync(join(badSeeds, '2025-03-12.txt'), 'Only a sentence without any title above it.\n');
    const bad = await runBuildScript(outDir, badSeeds);

    expect(bad.code).not.toBe(0);
    expect(bad.output).toContain('the file contains text but no paper');
    expect(bad.output).toContain('dist/ was left as it was');
    expect(bad.output).not.toMatch(/^\s+at /m);
    expect(existsSync(join(outDir, '..', '.dist-staging'))).toBe(false);
    expect(listFiles(outDir)).toEqual([...before.keys()]);
    for (const [file, bytes] of before) expect(readFileSync(join(outDir, file)).equals(bytes), file).toBe(true);
  });
});

describe('post-build check', () => {
  let site: BuiltSite;

  beforeAll(async () => {
    site = await buildSite({ seedsDir: FIXTURE });
    temporary.push(site.outDir);
  });

  it('passes on a complete build', () => {
    const { counts, problems } = verifySite(site.outDir, '/');

    expect(problems).toEqual([]);
    expect(counts.papers).toBe(3);
    expect(counts.paperPages).toBe(3);
    expect(counts.feedItems).toBe(3);
    expect(counts.searchRecords).toBe(3);
    expect(counts.internalLinks).toBeGreaterThan(0);
  });

  it('reports a missing page, feed item and link target', () => {
    const damaged = join(makeTempDir('papers-damaged-'), 'dist');
    cpSync(site.outDir, damaged, { recursive: true });
    rmSync(join(damaged, 'papers', 'tiny-diffusion-models-on-phones'), { recursive: true });
    const feed = readFileSync(join(damaged, 'rss.xml'), 'utf8');
    writeFileSync(join(damaged, 'rss.xml'), feed.replace(/<item>(?:(?!<\/item>)[\s\S])*graph-transformers(?:(?!<\/item>)[\s\S])*<\/item>/, ''));

    const { problems } = verifySite(damaged, '/');

    expect(problems).toContain('missing page: papers/tiny-diffusion-models-on-phones/index.html');
    expect(problems).toContain('rss.xml has no item for the paper graph-transformers-without-positional-encodings');
    expect(problems.some((problem) => problem.includes('links to /papers/tiny-diffusion-models-on-phones/, which does not exist'))).toBe(true);
  });
});

describe('links and exports', () => {
  it.each(['/', '/papers/'])('resolve under base path %s', async (basePath) => {
    const site = await buildSite({ seedsDir: FIXTURE, basePath });
    temporary.push(site.outDir);

    const { problems, counts } = verifySite(site.outDir, basePath);
    expect(problems).toEqual([]);
    expect(counts.internalLinks).toBeGreaterThan(0);

    const index = readFileSync(join(site.outDir, 'index.html'), 'utf8');
    for (const match of index.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)) expect(match[1]?.startsWith(basePath)).toBe(true);
  });

  it('match their schemas', async () => {
    const site = await buildSite({ seedsDir: FIXTURE });
    temporary.push(site.outDir);

    const papers = papersExportSchema.parse(JSON.parse(readFileSync(join(site.outDir, 'papers.json'), 'utf8')));
    expect(papers.count).toBe(3);
    expect(papers.papers.map((paper) => paper.id)).toContain('tiny-diffusion-models-on-phones');
    expect(papers.papers.find((paper) => paper.id === 'tiny-diffusion-models-on-phones')?.dates).toEqual(['2025-03-10', '2025-03-11']);

    const day = dayExportSchema.parse(JSON.parse(readFileSync(join(site.outDir, 'days', '2025-03-10.json'), 'utf8')));
    expect(day.date).toBe('2025-03-10');
    expect(day.papers.map((paper) => paper.id)).toEqual(['sparse-mixtures-for-efficient-retrieval-and-ranking', 'tiny-diffusion-models-on-phones']);
    expect(day.url).toBe('https://papers.example/days/2025-03-10/');
  });
});
