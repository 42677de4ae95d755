import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, type InputWarning } from '../errors.ts';
import { decodeDump } from './decode.ts';
import { extractLinks, type PaperLink } from './links.ts';
import { findListingDate, MANIFEST_FILE } from './listing-date.ts';
import { parseDump, preview, type DumpPaper } from './parse-dump.ts';
import { renderAbstract } from './render-abstract.ts';
import { assignSlugs } from './slug.ts';
import { firstSentences } from './summary.ts';

/** Where a paper was read: dump file name and 1-based line of its title. */
export interface PaperSource {
  file: string;
  line: number;
}

/** A paper ready for the site: one per distinct normalised title across all dumps. */
export interface Paper {
  slug: string;
  title: string;
  /** Plain-text abstract, paragraphs separated by a blank line. */
  abstract: string;
  /** Sanitised HTML of the abstract. */
  abstractHtml: string;
  /** First sentence of the abstract, plain text. */
  summary: string;
  links: PaperLink[];
  /** Listing days, `YYYY-MM-DD`, oldest first. The first one dates the paper. */
  dates: string[];
  sources: PaperSource[];
}

/** Everything read from a seeds folder. */
export interface SeedsResult {
  papers: Paper[];
  warnings: InputWarning[];
  dumps: number;
}

interface Dump {
  file: string;
  date: string;
  papers: DumpPaper[];
}

/**
 * Reads every `.txt` dump in a seeds folder and merges their papers: the same normalised title in several dumps is
 * one paper, listed on each of its days and dated by the first. Papers come back newest first, each day in its dump's order.
 * Throws an `InputError` for a problem that would lose papers.
 */
export async function loadSeeds(seedsDir: string): Promise<SeedsResult> {
  const warnings: InputWarning[] = [];
  const manifest = readManifest(seedsDir);
  const files = listDumpFiles(seedsDir, warnings);

  const dumps = files.map((file) => readDump(seedsDir, file, manifest, warnings));
  dumps.sort((a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file));

  const papers = await mergeDumps(dumps, warnings);
  return { papers, warnings, dumps: dumps.length };
}

function readManifest(seedsDir: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(join(seedsDir, MANIFEST_FILE), 'utf8');
  } catch {
    return {};
  }

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error: unknown) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputError('invalid-manifest', { file: MANIFEST_FILE }, `the file is not valid JSON (${detail}). It must map dump file names to dates: { "2025-03-11.txt": "2025-03-11" }.`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.values(value).some((date) => typeof date !== 'string')) {
    throw new InputError('invalid-manifest', { file: MANIFEST_FILE }, 'the file must be a JSON object that maps dump file names to dates: { "2025-03-11.txt": "2025-03-11" }.');
  }
  return value as Record<string, string>;
}

function listDumpFiles(seedsDir: string, warnings: InputWarning[]): string[] {
  let entries: string[];
  try {
    entries = readdirSync(seedsDir);
  } catch {
    throw new InputError('missing-seeds', { file: seedsDir }, 'the seeds folder cannot be read. Check that SEEDS_DIR names a folder of dumps.');
  }

  const files: string[] = [];
  for (const entry of entries.toSorted()) {
    if (entry === MANIFEST_FILE || entry.startsWith('.')) continue;
    if (entry.endsWith('.txt')) {
      files.push(entry);
      continue;
    }
    warnings.push({ code: 'not-a-dump', file: entry, message: 'this file was skipped because dumps must end in .txt. Rename it if it is a dump.' });
  }
  if (files.length === 0) {
    throw new InputError('no-dumps', { file: seedsDir }, 'the seeds folder contains no .txt dumps. Add one with `npm run add -- <file>`.');
  }
  return files;
}

function readDump(seedsDir: string, file: string, manifest: Record<string, string>, warnings: InputWarning[]): Dump {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(join(seedsDir, file));
  } catch (error: unknown) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputError('unreadable-file', { file }, `the file cannot be read (${detail}).`);
  }

  const decoded = decodeDump(bytes, file);
  warnings.push(...decoded.warnings);

  const parsed = parseDump(decoded.lines, file);
  warnings.push(...parsed.warnings);

  if (parsed.papers.length === 0 && decoded.lines.some((line) => line.trim() !== '')) {
    throw new InputError('no-papers', { file }, 'the file contains text but no paper. Each paper needs a title line, a blank line, then its abstract paragraph.');
  }
  if (parsed.chrome.length > 0) {
    const lines = parsed.chrome.map((chrome) => `${chrome.line} "${preview(chrome.text, 30)}"`).join(', ');
    warnings.push({ code: 'chrome-lines', file, message: `left out ${parsed.chrome.length} line${parsed.chrome.length === 1 ? '' : 's'} of page chrome: ${lines}.` });
  }

  const date = findListingDate(file, manifest, parsed.chrome, warnings);
  return { file, date, papers: parsed.papers };
}

/** Normalises a title to the key that identifies a paper across dumps: NFKC, lower case, letters and digits only. */
export function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

async function mergeDumps(dumps: readonly Dump[], warnings: InputWarning[]): Promise<Paper[]> {
  const byKey = new Map<string, { first: DumpPaper; dates: string[]; sources: PaperSource[] }>();

  for (const dump of dumps) {
    const seenInDump = new Map<string, DumpPaper>();
    for (const paper of dump.papers) {
      const key = titleKey(paper.title);
      const earlier = seenInDump.get(key);
      if (earlier) {
        const same = earlier.paragraphs.join('\n') === paper.paragraphs.join('\n');
        warnings.push({
          code: same ? 'repeat' : 'repeat-different-abstract',
          file: dump.file,
          line: paper.line,
          message: same
            ? `"${preview(paper.title)}" repeats the paper at line ${earlier.line}; it is listed once.`
            : `"${preview(paper.title)}" repeats the title at line ${earlier.line} with a different abstract; the first abstract is kept. Remove one of them.`,
        });
        continue;
      }
      seenInDump.set(key, paper);

      const entry = byKey.get(key);
      if (entry) {
        entry.dates.push(dump.date);
        entry.sources.push({ file: dump.file, line: paper.line });
        continue;
      }
      byKey.set(key, { first: paper, dates: [dump.date], sources: [{ file: dump.file, line: paper.line }] });
    }
  }

  const { slugs } = assignSlugs([...byKey].map(([key, entry]) => ({ key, title: entry.first.title, firstDate: entry.dates[0] ?? '' })));

  const papers: Paper[] = [];
  for (const [key, entry] of byKey) {
    const abstract = entry.first.paragraphs.join('\n\n');
    papers.push({
      slug: slugs.get(key) ?? key,
      title: entry.first.title,
      abstract,
      abstractHtml: await renderAbstract(entry.first.paragraphs),
      summary: firstSentences(entry.first.paragraphs[0] ?? ''),
      links: extractLinks(abstract),
      dates: [...new Set(entry.dates)],
      sources: entry.sources,
    });
  }
  return papers.sort(compareNewestFirst);
}

/** Orders papers newest first by first listing date, then in the order their dump lists them (its ranking). */
export function compareNewestFirst(a: Paper, b: Paper): number {
  const aSource = a.sources[0];
  const bSource = b.sources[0];
  return (
    (b.dates[0] ?? '').localeCompare(a.dates[0] ?? '') ||
    (aSource?.file ?? '').localeCompare(bSource?.file ?? '') ||
    (aSource?.line ?? 0) - (bSource?.line ?? 0)
  );
}
