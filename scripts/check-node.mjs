// Runs before the npm scripts on whatever Node npm found, so it must stay plain JavaScript that Node 20 can run.
import { pathToFileURL } from 'node:url';

/**
 * Tells whether a Node version (`22.23.4`) is one Astro 7 and Vitest 5 support: 22.23.4 or later 22.x, 24, or 26+.
 * @param {string} version
 * @returns {boolean}
 */
export function isSupportedNode(version) {
  const [major, minor, patch] = version.split('.').map(Number);
  if (major === 22) return minor > 23 || (minor === 23 && patch >= 4);
  return major === 24 || major >= 26;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && !isSupportedNode(process.versions.node)) {
  console.error(
    `Papers needs Node 22.23.4+, 24 or 26+, but this command ran on Node ${process.versions.node}: run \`npm install\` (without --ignore-scripts) so that the pinned Node 24 is installed in node_modules/.bin, then start the command again with npm run.`,
  );
  process.exit(1);
}
