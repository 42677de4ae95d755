import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, type BuiltSite } from '../helpers/build-site.ts';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/ingest');
const run = promisify(execFile);

describe('site build from several dumps', () => {
  let site: BuiltSite;

  beforeAll(async () => {
    site = await buildSite({ seedsDir: join(FIXTURES, 'several') });
  });

  afterAll(() => {
    rmSync(site.outDir, { recursive: true, force: true });
  });

  it('writes one page per distinct paper', () => {
    expect(readdirSync(join(site.outDir, 'papers')).toSorted()).toEqual(['broken-tex-paper', 'only-on-the-tenth', 'shared-paper-on-sparse-retrieval']);
  });

  it('renders math with KaTeX at build time', () => {
    const html = readFileSync(join(site.outDir, 'papers/only-on-the-tenth/index.html'), 'utf8');

    expect(html).toContain('<span class="katex">');
    expect(html).toContain('<annotation encoding="application/x-tex">x^2</annotation>');
  });

  it('shows malformed math as source between the words around it', () => {
    const html = readFileSync(join(site.outDir, 'papers/broken-tex-paper/index.html'), 'utf8');

    expect(html).toContain('Here $\\frac{1}{$ fails but words stay.');
  });

  it('logs each warning and the summary line', () => {
    expect(site.log).toMatch(/listing\.txt:9: in "Broken TeX Paper": KaTeX cannot render it/);
    expect(site.log).toMatch(/2025-03-10\.txt:11: "Only on the Tenth" repeats the paper at line 7/);
    expect(site.log).toMatch(/listing\.txt:3: "Shared Paper on Sparse Retrieval" was listed first at 2025-03-10\.txt:3 with a different abstract/);
    expect(site.log).toContain('Read 2 dumps: 3 papers, 1 listed on several days, 5 warnings.');
  });
});

/** Runs `astro build` on a seeds folder that must fail, and returns everything it printed. */
async function failedBuildLog(seedsDir: string): Promise<string | undefined> {
  const workDir = mkdtempSync(join(tmpdir(), 'papers-ingest-failed-'));
  const failure = await run(process.execPath, [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(workDir, 'dist')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SEEDS_DIR: seedsDir, SITE_URL: 'https://papers.example', PAPERS_CACHE_DIR: join(workDir, 'cache') },
  }).then(
    () => undefined,
    (error: unknown) => error as { stdout: string; stderr: string },
  );
  rmSync(workDir, { recursive: true, force: true });
  return failure === undefined ? undefined : `${failure.stdout}\n${failure.stderr}`;
}

describe('site build that stops on a dump', () => {
  it('stops on an empty dump before rendering pages', async () => {
    const log = await failedBuildLog(join(FIXTURES, 'empty'));

    expect(log).toBeDefined();
    expect(log).toContain('2025-03-12.txt: the file is empty (it holds only whitespace), so it lists no paper.');
    expect(log).toContain('Fix the dump named above');
    expect(log).not.toMatch(/pagefind/i);
    expect(log).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('prints the warnings, then the error without a stack trace', async () => {
    const failed = await failedBuildLog(join(FIXTURES, 'bad-date'));

    expect(failed).toBeDefined();
    const log = failed ?? '';
    const warningAt = log.indexOf('dump.txt:1: left out 1 line of page chrome');
    const errorAt = log.indexOf('dump.txt:1: no listing date found.');
    expect(warningAt).toBeGreaterThan(-1);
    expect(errorAt).toBeGreaterThan(warningAt);
    expect(log).toContain('"dump.txt": "YYYY-03-12"');
    expect(log).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});

describe('incremental loading', () => {
  let workDir: string;

  /** Builds the seeds in `workDir/seeds` with a content cache that outlives each build, as repeated `npm run build` runs do. */
  async function build(): Promise<string> {
    const { stdout, stderr } = await run(process.execPath, [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(workDir, 'dist')], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SEEDS_DIR: join(workDir, 'seeds'), SITE_URL: 'https://papers.example', PAPERS_CACHE_DIR: join(workDir, 'cache') },
      maxBuffer: 64 * 1024 * 1024,
    });
    return `${stdout}\n${stderr}`;
  }

  beforeAll(() => {
    workDir = mkdtempSync(join(tmpdir(), 'papers-ingest-incremental-'));
    cpSync(join(FIXTURES, 'several'), join(workDir, 'seeds'), { recursive: true });
  });

  afterAll(() => {
    rmSync(workDir, { recursive: true, force: true });
  });

  it('reports the same warnings when nothing changed', async () => {
    const first = await build();
    const second = await build();

    for (const log of [first, second]) {
      expect(log).toMatch(/listing\.txt:9: in "Broken TeX Paper": KaTeX cannot render/);
      expect(log).toContain('Read 2 dumps: 3 papers, 1 listed on several days, 5 warnings.');
    }
  });

  it('removes the papers of a deleted dump', async () => {
    rmSync(join(workDir, 'seeds', 'listing.txt'));
    const log = await build();

    expect(log).toContain('Read 1 dump: 2 papers, 0 listed on several days, 2 warnings.');
    expect(readdirSync(join(workDir, 'dist', 'papers')).toSorted()).toEqual(['only-on-the-tenth', 'shared-paper-on-sparse-retrieval']);
  });
});
