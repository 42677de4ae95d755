/**
 * `npm run build`: builds the site into a staging folder, checks it, and only then replaces `dist/`, so a failed
 * build never leaves a half-written site behind.
 *
 * Usage: node scripts/build.ts [--out-dir DIR] [-- extra astro build flags]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { verifySite } from '../src/lib/checks/verify-site.ts';
import { readConfig } from '../src/lib/config.ts';
import { ConfigError, formatCount } from '../src/lib/errors.ts';

const projectRoot = resolve(import.meta.dirname, '..');

function fail(message: string): never {
  console.error(`\n${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({ options: { 'out-dir': { type: 'string', default: 'dist' } }, allowPositionals: true });
const outDir = resolve(projectRoot, values['out-dir']);
const staging = join(dirname(outDir), `.${basename(outDir)}-staging`);

let basePath: string;
try {
  basePath = readConfig(process.env).basePath;
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

const { counts, problems } = verifySite(staging, basePath);
console.log(
  `\nChecked the build: ${formatCount(counts.papers, 'paper')}, ${formatCount(counts.paperPages, 'paper page')}, ${formatCount(counts.feedItems, 'feed item')}, ${formatCount(counts.searchRecords, 'search record')}, ${formatCount(counts.internalLinks, 'internal link')} in ${formatCount(counts.htmlFiles, 'HTML file')}.`,
);
if (problems.length > 0) {
  rmSync(staging, { recursive: true, force: true });
  fail(`The built site is incomplete, so ${basename(outDir)}/ was left as it was:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
}

const previous = join(dirname(outDir), `.${basename(outDir)}-previous`);
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`Wrote ${basename(outDir)}/.`);
