import { appendFileSync } from 'node:fs';

/** Environment variable naming a file where build phases append their timings, one JSON object per line. */
export const TIMINGS_FILE_VARIABLE = 'PAPERS_TIMINGS_FILE';

/** One measured build phase, as written to the timings file. */
export interface PhaseTiming {
  phase: string;
  /** Wall time of the phase, in milliseconds. */
  ms: number;
  /** Resident set size of the process when the phase ended, in bytes. */
  rss: number;
  /** Wall-clock time when the phase ended, in milliseconds since the epoch, to match memory samples. */
  endedAt: number;
}

/**
 * Appends the timing of a phase that started at `startedAt` (a `performance.now()` value) to the timings file, when
 * `PAPERS_TIMINGS_FILE` is set; does nothing otherwise. Used by `npm run bench`.
 */
export function recordPhase(phase: string, startedAt: number): void {
  const file = process.env[TIMINGS_FILE_VARIABLE];
  if (!file) return;

  const timing: PhaseTiming = { phase, ms: performance.now() - startedAt, rss: process.memoryUsage.rss(), endedAt: Date.now() };
  appendFileSync(file, `${JSON.stringify(timing)}\n`);
}
