/**
 * `npm run build`: builds the site into a staging folder and replaces `dist/` only when the build, including its check
 * of the output (`src/integrations/site-check.ts`), succeeded, so a failed build never leaves a half-written site
 * behind.
 *
 * Usage: node scripts/build.ts [--out-dir DIR] [-- extra astro build flags]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../src/lib/config.ts';
import { ConfigError } from '../src/lib/errors.ts';

const projectRoot = resolve(import.meta.dirname, '..');

function fail(message: string): never {
  console.error(`\n${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({ options: { 'out-dir': { type: 'string', default: 'dist' } }, allowPositionals: true });
const outDir = resolve(projectRoot, values['out-dir']);
const staging = join(dirname(outDir), `.${basename(outDir)}-staging`);

// A configuration mistake gets its one-line message here, rather than Astro's report of a failed config file.
try {
  readConfig(process.env);
} catch (error: unknown) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}

rmSync(staging, { recursive: true, force: true });
const astro = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', staging, ...positionals], {
  cwd: projectRoot,
  stdio: 'inherit',
});
if (astro.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  fail(`The build failed, so ${basename(outDir)}/ was left as it was.`);
}

const previous = join(dirname(outDir), `.${basename(outDir)}-previous`);
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`Wrote ${basename(outDir)}/.`);
