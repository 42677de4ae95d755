/**
 * `npm run bench -- --papers 1000,10000,100000 [--runs 3] [--work-dir DIR] [--no-search] [--no-write]`
 *
 * For each corpus size: clean builds (empty output and cache) through `scripts/build.ts`, timed per phase, with the
 * peak resident memory of every process in the build's tree sampled from /proc. From 10,000 papers up it also
 * measures the bytes a first search moves in Chromium, and for 10,000 papers an incremental build after adding one
 * 50-paper dump. Results go to docs/benchmarks.json and docs/benchmarks.md.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measureFolder } from '../src/lib/bench/folder-size.ts';
import { peakSingleProcess, sampleProcessTree, type MemorySample } from '../src/lib/bench/process-memory.ts';
import { extractNotes, renderBenchmarkPage, type BenchmarkRecord, type BenchmarkResult } from '../src/lib/bench/report.ts';
import { generateCorpus } from '../src/lib/corpus/generate-corpus.ts';
import type { PhaseTiming } from '../src/lib/timings.ts';
import { measureFirstSearch } from './bench-search.ts';

const projectRoot = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    papers: { type: 'string', default: '1000,10000,100000' },
    runs: { type: 'string', default: '3' },
    'work-dir': { type: 'string', default: join(tmpdir(), 'papers-bench') },
    search: { type: 'boolean', default: true },
    write: { type: 'boolean', default: true },
  },
  allowNegative: true,
});

const sizes = values.papers.split(',').map((value) => Number(value.trim()));
const runs = Number(values.runs);
if (sizes.some((size) => !Number.isInteger(size) || size < 1) || !Number.isInteger(runs) || runs < 1) {
  console.error('Usage: npm run bench -- --papers 1000,10000 [--runs 3] [--work-dir DIR] [--no-search] [--no-write], with positive integers.');
  process.exit(1);
}
const workDir = resolve(values['work-dir']);
mkdirSync(workDir, { recursive: true });

// Astro writes its prerender chunks to `.astro/.prerender/` in the working directory whenever the output folder lies
// outside it (astro 7.4.7, getServerOutputDirectory). Two builds of this project to temporary folders, such as the
// tests' and the benchmark's, then overwrite each other's chunks and fail with ERR_MODULE_NOT_FOUND. Building
// through a link inside the project gives each build its own `<outDir>/.prerender/`, while the files stay in the
// work folder. Node resolves the chunks' real paths, so the work folder links back to the project's node_modules for
// their package imports.
const outputLink = join(projectRoot, 'node_modules', '.cache', `papers-bench-${process.pid}`);
mkdirSync(dirname(outputLink), { recursive: true });
rmSync(outputLink, { force: true });
symlinkSync(workDir, outputLink, 'dir');
const packagesLink = join(workDir, 'node_modules');
rmSync(packagesLink, { force: true });
symlinkSync(join(projectRoot, 'node_modules'), packagesLink, 'dir');
process.on('exit', () => {
  rmSync(outputLink, { force: true });
  rmSync(packagesLink, { force: true });
});

function progress(message: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

/**
 * Waits until the kernel has written pending file changes to disk, so that no timed build shares the disk with the
 * writeback of the previous run's deleted output. In most 10,000-paper records without it, the first of three runs was
 * the fastest, by up to 9 s (an observation, not a measured cause).
 */
function flushWrites(): void {
  spawnSync('sync', { stdio: 'ignore' });
}

function writeCorpus(papers: number, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const dump of generateCorpus({ papers, seed: 1, perDay: 50 })) writeFileSync(join(dir, dump.fileName), dump.text);
}

interface BuildRun {
  wallMs: number;
  phases: Record<string, number>;
  peak: { name: string; rss: number };
  peakByPhase: Record<string, number>;
  exitCode: number;
}

const ROUTE_LINE = /[├└]─ (\S+) \(\+(\d+)ms\)/;

async function runBuild(seedsDir: string, outDir: string, cacheDir: string): Promise<BuildRun> {
  const timingsFile = `${outDir}-timings.jsonl`;
  rmSync(timingsFile, { force: true });
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SEEDS_DIR: seedsDir, PAPERS_CACHE_DIR: cacheDir, PAPERS_TIMINGS_FILE: timingsFile, SITE_URL: 'https://bench.example', BASE_PATH: '/' };

  const started = Date.now();
  const child = spawn(process.execPath, [join(projectRoot, 'scripts/build.ts'), '--out-dir', outDir], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const samples: MemorySample[] = [];
  const sampler = setInterval(() => child.pid !== undefined && samples.push(sampleProcessTree(child.pid)), 200);

  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exitCode = await new Promise<number>((resolveExit) => child.on('close', (code) => resolveExit(code ?? 1)));
  clearInterval(sampler);
  const wallMs = Date.now() - started;
  if (exitCode !== 0) {
    console.error(output.split('\n').slice(-40).join('\n'));
    return { wallMs, phases: {}, peak: peakSingleProcess(samples), peakByPhase: {}, exitCode };
  }

  const timings: PhaseTiming[] = existsSync(timingsFile)
    ? readFileSync(timingsFile, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as PhaseTiming)
    : [];
  const phases: Record<string, number> = {};
  const peakByPhase: Record<string, number> = {};
  for (const timing of timings) {
    phases[timing.phase] = (phases[timing.phase] ?? 0) + timing.ms;
    peakByPhase[timing.phase] = peakSingleProcess(samples, timing.endedAt - timing.ms, timing.endedAt).rss;
  }

  // Astro prints one line per route with its own time: feeds are the .xml and .opml routes.
  let feedMs = 0;
  for (const line of output.replace(/\u001b\[[0-9;]*m/g, '').split('\n')) {
    const match = line.match(ROUTE_LINE);
    if (match && /\.(xml|opml)$/.test(match[1] ?? '')) feedMs += Number(match[2]);
  }
  phases['feeds (part of rendering)'] = feedMs;
  return { wallMs, phases, peak: peakSingleProcess(samples), peakByPhase, exitCode };
}

function median(values: readonly number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const results: BenchmarkResult[] = [];
for (const papers of sizes) {
  const corpus = join(workDir, `corpus-${papers}`);
  progress(`${papers} papers: writing the corpus`);
  writeCorpus(papers, corpus);

  const outDir = join(outputLink, `out-${papers}`);
  const cacheDir = join(workDir, `cache-${papers}`);
  const sizeRuns = papers >= 50_000 ? 1 : runs;
  const builds: BuildRun[] = [];
  for (let run = 1; run <= sizeRuns; run++) {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
    flushWrites();
    progress(`${papers} papers: clean build ${run} of ${sizeRuns}`);
    const build = await runBuild(corpus, outDir, cacheDir);
    if (build.exitCode !== 0) {
      console.error(`The build of ${papers} papers failed; see its output above.`);
      process.exit(1);
    }
    progress(`${papers} papers: ${(build.wallMs / 1000).toFixed(1)} s, peak ${(build.peak.rss / 2 ** 20).toFixed(0)} MiB (${build.peak.name})`);
    builds.push(build);
  }

  const wallMs = median(builds.map((build) => build.wallMs));
  const phaseNames = [...new Set(builds.flatMap((build) => Object.keys(build.phases)))];
  const phases = Object.fromEntries(phaseNames.map((name) => [name, median(builds.map((build) => build.phases[name] ?? 0))]));
  const peakByPhase = Object.fromEntries(phaseNames.map((name) => [name, Math.max(...builds.map((build) => build.peakByPhase[name] ?? 0))]));
  const peak = builds.reduce((best, build) => (build.peak.rss > best.rss ? build.peak : best), { name: '', rss: 0 });
  const result: BenchmarkResult = {
    papers,
    runs: sizeRuns,
    wallMs,
    wallMsRuns: builds.map((build) => build.wallMs),
    pagesPerSecond: papers / (wallMs / 1000),
    phases,
    peakRssByPhase: peakByPhase,
    peakRss: peak.rss,
    peakRssProcess: peak.name,
    dist: measureFolder(outDir),
    pagefind: measureFolder(join(outDir, 'pagefind')),
  };

  // The budget applies at 10,000 papers; larger sites are measured too, because sharded indexes add bytes per shard.
  if (papers >= 10_000 && values.search) {
    progress(`${papers} papers: measuring the first search in Chromium`);
    result.firstSearchBytes = await measureFirstSearch(outDir, 'language models');
  }

  if (papers === 10_000) {
    const lastDay = generateCorpus({ papers, seed: 1, perDay: 50 }).at(-1)?.fileName.slice(0, 10) ?? '2023-01-02';
    const next = new Date(`${lastDay}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    for (const dump of generateCorpus({ papers: 50, seed: 99, perDay: 50, firstDay: next.toISOString().slice(0, 10) })) {
      writeFileSync(join(corpus, dump.fileName), dump.text);
    }
    flushWrites();
    progress(`${papers} papers: incremental build after adding one 50-paper dump`);
    const incremental = await runBuild(corpus, outDir, cacheDir);
    result.incrementalMs = incremental.wallMs;
    progress(`${papers} papers: incremental build ${(incremental.wallMs / 1000).toFixed(1)} s`);
  }
  results.push(result);
}

const record: BenchmarkRecord = {
  date: new Date().toISOString().slice(0, 10),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
  node: process.version,
  packages: Object.fromEntries(['astro', 'pagefind', '@astrojs/rss'].map((name) => [name, readVersion(name)])),
  command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
  results,
};

function readVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

console.log(JSON.stringify(record, null, 2));
if (values.write) {
  const jsonPath = join(projectRoot, 'docs/benchmarks.json');
  const history: BenchmarkRecord[] = existsSync(jsonPath) ? (JSON.parse(readFileSync(jsonPath, 'utf8')) as BenchmarkRecord[]) : [];
  history.push(record);
  mkdirSync(join(projectRoot, 'docs'), { recursive: true });
  writeFileSync(jsonPath, `${JSON.stringify(history, null, 2)}\n`);
  const pagePath = join(projectRoot, 'docs/benchmarks.md');
  const notes = existsSync(pagePath) ? extractNotes(readFileSync(pagePath, 'utf8')) : '';
  writeFileSync(pagePath, renderBenchmarkPage(history, notes));
  progress('Wrote docs/benchmarks.json and docs/benchmarks.md');
}
