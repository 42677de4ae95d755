import { verifySite } from '../lib/checks/verify-site.ts';

// Runs the post-build check of `site-check.ts` in a child process, so that the build goes on meanwhile and the check's
// memory does not add to the build process's peak. Usage: node site-check-process.ts OUT_DIR BASE_PATH
const [outDir = '', basePath = '/'] = process.argv.slice(2);
process.send?.(verifySite(outDir, basePath));
