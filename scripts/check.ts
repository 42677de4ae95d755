/**
 * `npm run check`: validates every dump in the seeds folder (`SEEDS_DIR`, default `seeds`) and its `topics.json`
 * without building. It reads, parses and renders each paper and reads the taxonomy exactly as the build does, and
 * prints the same warnings, errors and summary line. Exits with status 1 when a problem would stop the build or an
 * argument is invalid, 0 otherwise.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../src/lib/config.ts';
import { describeArgumentError, formatSummary, formatWarning, InputError, listInputErrors, type InputWarning } from '../src/lib/errors.ts';
import { loadSeeds, type SeedsResult } from '../src/lib/ingest/load-seeds.ts';
import { describeFixTarget } from '../src/lib/ingest/read-seeds.ts';
import { readTaxonomy } from '../src/lib/site/taxonomy.ts';

const USAGE = 'Usage: [SEEDS_DIR=<folder>] npm run check (no arguments; SEEDS_DIR defaults to seeds)';
const projectRoot = resolve(import.meta.dirname, '..');

let help: boolean | undefined;
try {
  ({ values: { help } } = parseArgs({ options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: false }));
} catch (error: unknown) {
  console.error(`error ${describeArgumentError(error)}.`);
  console.error(USAGE);
  process.exit(1);
}
if (help === true) {
  console.log(USAGE);
  process.exit(0);
}

const { seedsDir } = readConfig(process.env);
const folder = isAbsolute(seedsDir) ? seedsDir : resolve(projectRoot, seedsDir);
const warnings: InputWarning[] = [];
const errors: InputError[] = [];

let result: SeedsResult | undefined;
try {
  result = await loadSeeds(folder, warnings);
} catch (error: unknown) {
  if (!(error instanceof InputError)) throw error;
  errors.push(...listInputErrors(error));
}

// The build reads topics.json when it builds the site model; read it here with the same code and messages.
try {
  readTaxonomy(folder, JSON.parse(readFileSync(join(projectRoot, 'src/data/taxonomy.json'), 'utf8')));
} catch (error: unknown) {
  if (!(error instanceof InputError)) throw error;
  errors.push(error);
}

for (const warning of warnings) console.warn(`warning ${formatWarning(warning)}`);
for (const error of errors) console.error(`error ${error.message}`);
if (errors.length > 0) {
  const dumpErrors = errors.filter((error) => describeFixTarget(error) === 'the dump named above').length;
  const targets = [...new Set(errors.map(describeFixTarget))]
    .map((target) => (target === 'the dump named above' && dumpErrors > 1 ? 'the dumps named above' : target))
    .join(' and ');
  console.error(`The build would stop here. Fix ${targets} (SEEDS_DIR=${seedsDir}) and run \`npm run check\` again.`);
  process.exitCode = 1;
} else if (result !== undefined) {
  console.log(formatSummary({ dumps: result.dumps, papers: result.papers, warnings: warnings.length }));
}
