import { readdirSync, readFileSync } from 'node:fs';

/** Peak resident memory seen per process name while sampling, in bytes. */
export type PeakMemory = Map<string, number>;

/** One sample: when it was taken and the resident memory of each process in the tree, in bytes. */
export interface MemorySample {
  at: number;
  byProcess: Map<number, { name: string; rss: number }>;
}

function readStatus(pid: number): { name: string; ppid: number; rss: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    // The status name of Node's process is its main thread's name ("MainThread"), so name processes by their program.
    const program = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] ?? '';
    const name = program.split('/').pop() || (status.match(/^Name:\s+(.+)$/m)?.[1] ?? '?');
    const ppid = Number(status.match(/^PPid:\s+(\d+)$/m)?.[1] ?? 0);
    const rssKb = Number(status.match(/^VmRSS:\s+(\d+) kB$/m)?.[1] ?? 0);
    return { name, ppid, rss: rssKb * 1024 };
  } catch {
    return undefined;
  }
}

/** Reads the resident memory of a process and all its descendants from /proc (Linux only). */
export function sampleProcessTree(rootPid: number): MemorySample {
  const children = new Map<number, number[]>();
  const statuses = new Map<number, { name: string; ppid: number; rss: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    const status = readStatus(pid);
    if (!status) continue;
    statuses.set(pid, status);
    const siblings = children.get(status.ppid) ?? [];
    siblings.push(pid);
    children.set(status.ppid, siblings);
  }

  const byProcess = new Map<number, { name: string; rss: number }>();
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    const status = statuses.get(pid);
    if (status) byProcess.set(pid, { name: status.name, rss: status.rss });
    queue.push(...(children.get(pid) ?? []));
  }
  return { at: Date.now(), byProcess };
}

/** Returns the highest resident memory of any single process across samples taken between `from` and `to`. */
export function peakSingleProcess(samples: readonly MemorySample[], from = 0, to = Number.POSITIVE_INFINITY): { name: string; rss: number } {
  let peak = { name: '', rss: 0 };
  for (const sample of samples) {
    if (sample.at < from || sample.at > to) continue;
    for (const process of sample.byProcess.values()) if (process.rss > peak.rss) peak = process;
  }
  return peak;
}
