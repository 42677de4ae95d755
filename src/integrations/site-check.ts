import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { SiteCheck } from '../lib/checks/verify-site.ts';
import { formatCount } from '../lib/errors.ts';

/**
 * Checks the built site (`verifySite`: a page, feed item and search record per paper, and every internal link) in a
 * child process while the integrations between `start` and `finish` run, such as the service worker's. Place `start`
 * after every integration that writes pages, feeds or the search index, and `finish` after the rest. `finish` fails
 * the build with the list of problems, so `npm run build` keeps the previous `dist/`.
 */
export function siteCheck(basePath: string): { start: AstroIntegration; finish: AstroIntegration } {
  let running: Promise<SiteCheck> | undefined;

  const start: AstroIntegration = {
    name: 'papers:site-check',
    hooks: {
      'astro:build:done': ({ dir }) => {
        running = runInChildProcess(fileURLToPath(dir), basePath);
        // Awaited by `finish`. Until then, this handler keeps a failure from ending the process.
        running.catch(() => {});
      },
    },
  };

  const finish: AstroIntegration = {
    name: 'papers:site-check-result',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        if (!running) throw new Error('The site check did not start: place siteCheck().start before siteCheck().finish.');
        const { counts, problems } = await running;
        logger.info(
          `Checked the build: ${formatCount(counts.papers, 'paper')}, ${formatCount(counts.paperPages, 'paper page')}, ${formatCount(counts.feedItems, 'feed item')}, ${formatCount(counts.searchRecords, 'search record')}, ${formatCount(counts.internalLinks, 'internal link')} in ${formatCount(counts.htmlFiles, 'HTML file')}.`,
        );
        if (problems.length === 0) return;

        // The problems are the message, and a stack trace would only point here.
        const incomplete = new AstroError(`The built site is incomplete:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`, 'Report this as a bug of Papers, with the lines above.');
        incomplete.stack = '';
        throw incomplete;
      },
    },
  };

  return { start, finish };
}

function runInChildProcess(outDir: string, basePath: string): Promise<SiteCheck> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./site-check-process.ts', import.meta.url)), [outDir, basePath], { stdio: 'inherit' });
    let result: SiteCheck | undefined;
    child.once('message', (message) => {
      result = message as SiteCheck;
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (result && code === 0) resolve(result);
      else reject(new Error(`The site check failed: its process exited with code ${code ?? 'none'} before it reported a result.`));
    });
  });
}
