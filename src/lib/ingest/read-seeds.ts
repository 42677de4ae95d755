import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatCount, InputError, InputErrorList, type InputWarning } from '../errors.ts';
import { decodeDump } from './decode.ts';
import { findListingDate, MANIFEST_FILE, readManifest, type Manifest } from './listing-date.ts';
import { parseDump, preview, type DumpPaper, type ParagraphLines } from './parse-dump.ts';
import { assignSlugs } from './slug.ts';
import { parseTexInline, toPlainText } from './tex.ts';

/** Files in the seeds folder that are data for the build, not dumps. */
export const SEEDS_DATA_FILES: ReadonlySet<string> = new Set([MANIFEST_FILE, 'topics.json']);

/** Location of a paper in the dumps: file name and 1-based line of its title. */
export interface PaperSource {
  file: string;
  line: number;
}

/** One dump after parsing, with its listing date. */
export interface Dump {
  file: string;
  date: string;
  papers: DumpPaper[];
}

/**
 * A paper as the dumps give it, before TeX cleanup and rendering: one per distinct normalised title across all
 * dumps. Its raw text comes from the first listing.
 */
export interface PaperDraft {
  /** Normalised title, see {@link titleKey}. */
  key: string;
  slug: string;
  title: string;
  paragraphs: string[];
  /** Dump lines of each paragraph of the first listing, for messages. */
  paragraphLines: ParagraphLines[];
  /** Listing days, `YYYY-MM-DD`, oldest first and without repeats. */
  dates: string[];
  sources: PaperSource[];
}

/** The dumps of a seeds folder and their merged papers, before rendering. */
export interface SeedsDrafts {
  drafts: PaperDraft[];
  /** The dumps read, oldest listing day first. */
  dumps: Dump[];
}

/**
 * Reads, decodes and parses every `.txt` dump in a seeds folder and merges their papers: the same normalised title in
 * several dumps is one paper, listed on each of its days and dated by the first. Warnings are pushed to `warnings` as
 * they are found, so a caller can print them even when this throws. Throws an `InputError` for a problem that would
 * lose or corrupt papers.
 */
export function readSeeds(seedsDir: string, warnings: InputWarning[]): SeedsDrafts {
  const manifest = readManifest(seedsDir);
  const files = listDumpFiles(seedsDir, warnings);

  // Every dump is read before an error is raised, so that one run reports every dump to fix.
  const dumps: Dump[] = [];
  const errors: InputError[] = [];
  for (const file of files) {
    try {
      dumps.push(readDump(join(seedsDir, file), file, manifest, warnings));
    } catch (error: unknown) {
      if (!(error instanceof InputError)) throw error;
      errors.push(error);
    }
  }
  const [firstError, ...otherErrors] = errors;
  if (firstError) throw otherErrors.length === 0 ? firstError : new InputErrorList([firstError, ...otherErrors]);

  dumps.sort((a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file));

  const drafts = mergeDumps(dumps, warnings);
  requirePapers(drafts, seedsDir);
  return { drafts, dumps };
}

/**
 * Throws an `InputError` when the dumps give no paper at all, because a site without papers has no pages to build.
 * `readDump` rejects each empty dump on its own, so this guards the folder as a whole.
 */
export function requirePapers(drafts: readonly PaperDraft[], seedsDir: string): void {
  if (drafts.length > 0) return;
  throw new InputError('empty-seeds', { file: seedsDir }, 'the dumps in the seeds folder contain no paper, so there is nothing to build. Add a dump with `npm run add -- <file>`.');
}

/** Lists the dump files of a seeds folder, sorted by name; warns about files that are neither dumps nor known data. */
export function listDumpFiles(seedsDir: string, warnings: InputWarning[]): string[] {
  let entries: string[];
  try {
    entries = readdirSync(seedsDir);
  } catch (error: unknown) {
    throw new InputError('missing-seeds', { file: seedsDir }, `the seeds folder cannot be read (${describe(error)}). Check that SEEDS_DIR names a folder of dumps.`);
  }

  const files: string[] = [];
  for (const entry of entries.toSorted()) {
    if (SEEDS_DATA_FILES.has(entry) || entry.startsWith('.')) continue;
    if (entry.endsWith('.txt')) {
      files.push(entry);
      continue;
    }
    warnings.push({ code: 'not-a-dump', file: entry, message: 'this file was skipped because dumps must end in .txt. Rename it if it is a dump, or move it out of the seeds folder.' });
  }
  if (files.length === 0) {
    throw new InputError('no-dumps', { file: seedsDir }, 'the seeds folder contains no .txt dumps. Add one with `npm run add -- <file>`.');
  }
  return files;
}

/**
 * Reads one dump file: decodes it, splits it into papers and finds its listing date. `file` is the name used in
 * messages and the manifest; `path` is where the bytes are.
 */
export function readDump(path: string, file: string, manifest: Manifest, warnings: InputWarning[]): Dump {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error: unknown) {
    throw new InputError('unreadable-file', { file }, `the file cannot be read (${describe(error)}). Check that it exists and that you may read it.`);
  }

  const decoded = decodeDump(bytes, file);
  warnings.push(...decoded.warnings);

  const firstText = decoded.lines.findIndex((line) => line.trim() !== '');
  if (firstText === -1) {
    throw new InputError(
      'empty-dump',
      { file },
      `the file is empty${bytes.length > 0 ? ' (it holds only whitespace)' : ''}, so it lists no paper. Paste the listing into it, or delete it.`,
    );
  }

  const parsed = parseDump(decoded.lines, file);
  warnings.push(...parsed.warnings);

  if (parsed.papers.length === 0) {
    throw new InputError(
      'no-papers',
      { file, line: firstText + 1 },
      'the file contains text but no paper. Each paper needs a title on one line, a blank line, then its abstract paragraph.',
    );
  }
  if (parsed.chrome.length > 0) {
    const lines = parsed.chrome.map((chrome) => `${chrome.line} "${preview(chrome.text, 30)}"`).join(', ');
    warnings.push({
      code: 'chrome-lines',
      file,
      line: parsed.chrome[0]?.line,
      message: `left out ${formatCount(parsed.chrome.length, 'line')} of page chrome: ${lines}. If one of them is a paper title, put its abstract under it after a blank line.`,
    });
  }

  const date = findListingDate(file, manifest, parsed.chrome, warnings);
  return { file, date, papers: parsed.papers };
}

// Codes of the errors about the seeds folder as a whole rather than one file in it.
const FOLDER_ERROR_CODES: ReadonlySet<string> = new Set(['missing-seeds', 'no-dumps', 'empty-seeds']);

/**
 * Names what the user must fix for an input error, for the line after the message: `the seeds folder`, a data file
 * such as `seeds.json` or `topics.json`, or `the dump named above`.
 */
export function describeFixTarget(error: InputError): string {
  if (error instanceof InputErrorList) return [...new Set(error.errors.map(describeFixTarget))].join(' and ').replace('the dump named above', 'the dumps named above');
  if (FOLDER_ERROR_CODES.has(error.code)) return 'the seeds folder';
  if (error.location.file.endsWith('.json')) return `${error.location.file} in the seeds folder`;
  return 'the dump named above';
}

// Symbols that tell names apart (C, C++ and C#; A and A*; Q&A; 100% and 100) are `+ # * & % @`. Every other
// character that is not a letter or digit separates words, so spacing, dashes and other punctuation do not make a
// copied title a different paper.
const KEY_SEPARATORS = /[^\p{L}\p{N}+#*&%@]+/gu;
const KEY_SYMBOL_SPACING = / ?([+#*&%@]) ?/g;

/**
 * Normalises a title to the key that identifies a paper across dumps: NFKC, lower case, and words of letters and
 * digits separated by single spaces. The symbols `+ # * & % @` are kept with no space around them, so `C ++` and `C++`
 * give the same key, while `C` and `C#` do not.
 *
 * @example titleKey('C++ Models — A  Study') === 'c++models a study'
 */
export function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(KEY_SEPARATORS, ' ')
    .trim()
    .replace(KEY_SYMBOL_SPACING, '$1');
}

/** Merges papers across dumps that are sorted oldest first, in one pass over the papers. */
export function mergeDumps(dumps: readonly Dump[], warnings: InputWarning[]): PaperDraft[] {
  const byKey = new Map<string, { first: DumpPaper; firstFile: string; dates: string[]; sources: PaperSource[] }>();

  for (const dump of dumps) {
    const seenInDump = new Map<string, DumpPaper>();
    for (const paper of dump.papers) {
      const key = titleKey(paper.title);
      const earlier = seenInDump.get(key);
      if (earlier) {
        warnings.push(repeatWarning(dump.file, paper, earlier));
        continue;
      }
      seenInDump.set(key, paper);

      const entry = byKey.get(key);
      if (entry) {
        if (entry.dates.at(-1) !== dump.date) entry.dates.push(dump.date);
        entry.sources.push({ file: dump.file, line: paper.line });
        if (!sameAbstract(entry.first, paper)) warnings.push(editedAbstractWarning(dump.file, paper, entry.firstFile, entry.first));
        continue;
      }
      byKey.set(key, { first: paper, firstFile: dump.file, dates: [dump.date], sources: [{ file: dump.file, line: paper.line }] });
    }
  }

  // Slugs come from the displayed title, after TeX cleanup (`\\textit{X}` gives `x`, not `textit-x`).
  const requests = [...byKey].map(([key, entry]) => ({ key, title: toPlainText(parseTexInline(entry.first.title).inlines), firstDate: entry.dates[0] ?? '' }));
  const { slugs, collisions } = assignSlugs(requests);
  for (const collision of collisions) {
    const papers = collision.keys.map((key) => {
      const source = byKey.get(key)?.sources[0];
      return `"${preview(byKey.get(key)?.first.title ?? key, 40)}" (${source?.file}:${source?.line}) → ${slugs.get(key)}`;
    });
    const first = byKey.get(collision.keys[0] ?? '')?.sources[0];
    warnings.push({
      code: 'slug-collision',
      file: first?.file ?? '',
      line: first?.line,
      message: `${collision.keys.length} titles give the slug "${collision.slug}", so they get distinct slugs: ${papers.join('; ')}. Nothing to fix unless a title is wrong.`,
    });
  }

  return [...byKey].map(([key, entry]) => ({
    key,
    slug: slugs.get(key) ?? key,
    title: entry.first.title,
    paragraphs: entry.first.paragraphs,
    paragraphLines: entry.first.paragraphLines,
    dates: entry.dates,
    sources: entry.sources,
  }));
}

function sameAbstract(a: DumpPaper, b: DumpPaper): boolean {
  return a.paragraphs.length === b.paragraphs.length && a.paragraphs.every((paragraph, index) => paragraph === b.paragraphs[index]);
}

function editedAbstractWarning(file: string, paper: DumpPaper, firstFile: string, first: DumpPaper): InputWarning {
  return {
    code: 'edited-abstract',
    file,
    line: paper.line,
    message: `"${preview(paper.title)}" was listed first at ${firstFile}:${first.line} with a different abstract; the first abstract is kept. If this one is right, copy it over the abstract in ${firstFile}.`,
  };
}

function repeatWarning(file: string, paper: DumpPaper, earlier: DumpPaper): InputWarning {
  const same = sameAbstract(earlier, paper);
  return {
    code: same ? 'repeat' : 'repeat-different-abstract',
    file,
    line: paper.line,
    message: same
      ? `"${preview(paper.title)}" repeats the paper at line ${earlier.line}; it is listed once. Remove the repeat to silence this warning.`
      : `"${preview(paper.title)}" repeats the title at line ${earlier.line} with a different abstract; the first abstract is kept. Remove the one that is wrong.`,
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
