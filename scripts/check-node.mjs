// Runs before the npm scripts on whatever Node npm found, so it must stay plain JavaScript that Node 20 can run.
const [major, minor, patch] = process.versions.node.split('.').map(Number);
const supported = major === 22 ? minor > 23 || (minor === 23 && patch >= 4) : major === 24 || major >= 26;

if (!supported) {
  console.error(
    `Papers needs Node 22.23.4+, 24 or 26+, but this command ran on Node ${process.versions.node}: run \`npm install\` (without --ignore-scripts) so that the pinned Node 24 is installed in node_modules/.bin, then start the command again with npm run.`,
  );
  process.exit(1);
}
