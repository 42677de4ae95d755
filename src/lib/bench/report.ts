/** Measurements of one corpus size. Times in milliseconds, sizes in bytes. */
export interface BenchmarkResult {
  papers: number;
  runs: number;
  /** Median wall time of the clean builds. */
  wallMs: number;
  wallMsRuns: number[];
  pagesPerSecond: number;
  /** Median time per build phase. */
  phases: Record<string, number>;
  /** Highest resident memory of any one process while each phase ran. */
  peakRssByPhase: Record<string, number>;
  /** Highest resident memory of any one process during the builds, and that process's name. */
  peakRss: number;
  peakRssProcess: string;
  dist: { bytes: number; files: number };
  pagefind: { bytes: number; files: number };
  /** Bytes a first search moved in Chromium, bundle and index included. */
  firstSearchBytes?: number;
  /** Wall time of a rebuild after adding one 50-paper dump, with caches kept. */
  incrementalMs?: number;
}

/** One `npm run bench` run: where, with what, and its results. */
export interface BenchmarkRecord {
  date: string;
  machine: string;
  node: string;
  packages: Record<string, string>;
  command: string;
  results: BenchmarkResult[];
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mebibytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function renderRecord(record: BenchmarkRecord): string {
  const lines = [
    `## ${record.date}: \`${record.command}\``,
    '',
    `Machine: ${record.machine}. Node ${record.node}; ${Object.entries(record.packages).map(([name, version]) => `${name} ${version}`).join(', ')}.`,
    '',
    '| Papers | Runs | Clean build (median) | Pages/s | Peak RSS (one process) | dist/ | pagefind/ | First search | +50 papers rebuild |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const result of record.results) {
    lines.push(
      `| ${result.papers} | ${result.runs} | ${seconds(result.wallMs)} | ${result.pagesPerSecond.toFixed(0)} | ${mebibytes(result.peakRss)} (${result.peakRssProcess}) | ${mebibytes(result.dist.bytes)}, ${result.dist.files} files | ${mebibytes(result.pagefind.bytes)}, ${result.pagefind.files} files | ${result.firstSearchBytes === undefined ? '–' : kilobytes(result.firstSearchBytes)} | ${result.incrementalMs === undefined ? '–' : seconds(result.incrementalMs)} |`,
    );
  }

  for (const result of record.results) {
    lines.push('', `Phases at ${result.papers} papers (median time; peak RSS of one process during the phase):`, '');
    for (const [phase, ms] of Object.entries(result.phases)) {
      const peak = result.peakRssByPhase[phase];
      lines.push(`- ${phase}: ${seconds(ms)}${peak ? `, ${mebibytes(peak)}` : ''}`);
    }
  }
  return lines.join('\n');
}

/** Markers around the hand-written analysis in docs/benchmarks.md, which a new run keeps. */
const NOTES_START = '<!-- analysis: kept when npm run bench rewrites this page -->';
const NOTES_END = '<!-- end of analysis -->';

/** Returns the hand-written analysis between the markers of an existing page, markers included, or `''`. */
export function extractNotes(page: string): string {
  const start = page.indexOf(NOTES_START);
  const end = page.indexOf(NOTES_END);
  return start === -1 || end < start ? '' : page.slice(start, end + NOTES_END.length);
}

/** Renders docs/benchmarks.md from every recorded run, newest first, with the analysis `notes` after the introduction. */
export function renderBenchmarkPage(history: readonly BenchmarkRecord[], notes = ''): string {
  const intro = [
    '# Benchmarks',
    '',
    'Measured with `npm run bench`, which generates a synthetic corpus with `npm run corpus` (seed 1, 50 papers a day), then makes clean builds with `npm run build` (empty output and cache) and reports the median. Pending disk writes are flushed with `sync` before each timed build. Peak RSS is the largest resident memory of any single process in the build (Node or the Pagefind binary), sampled from /proc every 200 ms. The first search is measured in Chromium against a local static server: every byte the page loads from the moment it starts searching, bundle and index included. The raw figures are in `benchmarks.json`.',
  ];
  if (notes) intro.push('', notes);
  return `${[...intro, ...history.toReversed().map((record) => `\n${renderRecord(record)}`)].join('\n')}\n`;
}
