/**
 * `npm run add -- <file> [--date YYYY-MM-DD] [--force]`: validates a new dump, copies it into the seeds folder
 * (`SEEDS_DIR`, default `seeds`) as `<listing date>.txt`, and reports how many of its papers are new and how many
 * the folder already lists. The listing date comes from `--date`, else from an ISO date in the file name, else from
 * a date line with a year in the dump. An existing dump is replaced only with `--force`.
 */
import { copyFileSync, existsSync, renameSync } from 'node:fs';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../src/lib/config.ts';
import { describeArgumentError, formatCount, formatWarning, InputError, type InputWarning } from '../src/lib/errors.ts';
import { renderPaper } from '../src/lib/ingest/load-seeds.ts';
import { validIsoDate } from '../src/lib/ingest/listing-date.ts';
import { listDumpFiles, mergeDumps, readDump, readSeeds } from '../src/lib/ingest/read-seeds.ts';

const USAGE = 'Usage: npm run add -- <file> [--date YYYY-MM-DD] [--force]';
const projectRoot = resolve(import.meta.dirname, '..');

/** Stops with a message and status 1; for problems with the command line or the target file. */
function fail(message: string): never {
  console.error(`error ${message}`);
  process.exit(1);
}

const { values, positionals } = parseCommandLine();
if (positionals.length !== 1 || positionals[0] === undefined) fail(`give exactly one dump file.\n${USAGE}`);
const source = resolve(positionals[0]);
if (values.date !== undefined && validIsoDate(values.date) === undefined) {
  fail(`--date is "${values.date}", which is not a calendar date in the form YYYY-MM-DD.\n${USAGE}`);
}

const { seedsDir } = readConfig(process.env);
const folder = isAbsolute(seedsDir) ? seedsDir : resolve(projectRoot, seedsDir);
if (!existsSync(folder)) fail(`the seeds folder ${folder} does not exist. Create it or set SEEDS_DIR to a folder of dumps.`);

const warnings: InputWarning[] = [];
const printWarnings = (): void => {
  for (const warning of warnings) console.warn(`warning ${formatWarning(warning)}`);
};

try {
  // Read the new dump the way the build will, with --date standing in for a manifest entry.
  const name = basename(source);
  const manifest = values.date === undefined ? {} : { [name]: values.date };
  const dump = readDumpForAdd(source, name, manifest);

  const target = `${dump.date}.txt`;
  const targetPath = join(folder, target);
  if (existsSync(targetPath) && !values.force) {
    fail(`${join(seedsDir, target)} already exists. Pass --force to replace it with ${name}.`);
  }

  const known = knownKeys(folder, target);
  const drafts = mergeDumps([{ ...dump, file: target }], warnings);
  for (const draft of drafts) await renderPaper(draft, warnings);
  const newCount = drafts.filter((draft) => !known.has(draft.key)).length;

  // Copy under a temporary name first, so the seeds folder never holds half a dump.
  const partial = join(folder, `.${target}.partial`);
  copyFileSync(source, partial);
  renameSync(partial, targetPath);

  printWarnings();
  console.log(`Added ${join(seedsDir, target)} (listing of ${dump.date}): ${formatCount(drafts.length, 'paper')}, ${newCount} new, ${drafts.length - newCount} already known.`);
} catch (error: unknown) {
  printWarnings();
  if (!(error instanceof InputError)) throw error;
  console.error(`error ${error.message}`);
  console.error('Nothing was added.');
  process.exitCode = 1;
}

/** Reads the arguments; an unknown option or a missing value prints the usage line and exits with status 1. */
function parseCommandLine(): { values: { date?: string | undefined; force: boolean }; positionals: string[] } {
  try {
    return parseArgs({ options: { date: { type: 'string' }, force: { type: 'boolean', default: false } }, allowPositionals: true });
  } catch (error: unknown) {
    return fail(`${describeArgumentError(error)}.\n${USAGE}`);
  }
}

function readDumpForAdd(path: string, name: string, manifest: Record<string, string>): ReturnType<typeof readDump> {
  try {
    return readDump(path, name, manifest, warnings);
  } catch (error: unknown) {
    if (error instanceof InputError && error.code === 'missing-date') {
      const line = error.location.line === undefined ? '' : ` (date line at ${name}:${error.location.line} has no year)`;
      throw new InputError('missing-date', error.location, `no listing date found${line}. Give it with --date: npm run add -- ${positionals[0]} --date YYYY-MM-DD`);
    }
    throw error;
  }
}

/** Title keys of the papers the seeds folder lists already, leaving out the dump that `target` would replace. */
function knownKeys(seedsFolder: string, target: string): Set<string> {
  let files: string[];
  try {
    files = listDumpFiles(seedsFolder, []);
  } catch (error: unknown) {
    if (error instanceof InputError && error.code === 'no-dumps') return new Set();
    throw error;
  }
  if (files.every((file) => file === target)) return new Set();

  const { drafts } = readSeeds(seedsFolder, []);
  return new Set(drafts.filter((draft) => draft.sources.some((paperSource) => paperSource.file !== target)).map((draft) => draft.key));
}
