/**
 * `npm run check`: validates every dump in the seeds folder (`SEEDS_DIR`, default `seeds`) without building. It
 * reads, parses and renders each paper exactly as the build does and prints the same warnings, errors and summary
 * line. Exits with status 1 when a problem would stop the build, 0 otherwise.
 */
import { isAbsolute, resolve } from 'node:path';
import { readConfig } from '../src/lib/config.ts';
import { formatSummary, formatWarning, InputError, type InputWarning } from '../src/lib/errors.ts';
import { loadSeeds } from '../src/lib/ingest/load-seeds.ts';

const projectRoot = resolve(import.meta.dirname, '..');
const { seedsDir } = readConfig(process.env);
const folder = isAbsolute(seedsDir) ? seedsDir : resolve(projectRoot, seedsDir);
const warnings: InputWarning[] = [];

try {
  const result = await loadSeeds(folder, warnings);
  for (const warning of warnings) console.warn(`warning ${formatWarning(warning)}`);
  console.log(formatSummary({ dumps: result.dumps, papers: result.papers, warnings: warnings.length }));
} catch (error: unknown) {
  for (const warning of warnings) console.warn(`warning ${formatWarning(warning)}`);
  if (!(error instanceof InputError)) throw error;
  console.error(`error ${error.message}`);
  console.error(`The build would stop here. Fix the dump named above (SEEDS_DIR=${seedsDir}) and run \`npm run check\` again.`);
  process.exitCode = 1;
}
