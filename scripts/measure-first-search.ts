/**
 * `node scripts/measure-first-search.ts DIST [--query TEXT] [--gzip]`: serves a built site on 127.0.0.1, opens its
 * home page in Chromium, then opens the header search with `/`, types a query and waits for the results. Prints every
 * byte the server sent from the key press on, per file and in total. Service workers are blocked so that background
 * precaching does not count. With `--gzip`, text files are sent gzip-compressed, as static hosts serve them.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import { launchChromium } from '../tests/helpers/chromium.ts';

const { values, positionals } = parseArgs({
  options: { query: { type: 'string', default: 'Gaussian splats' }, gzip: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const [distArgument] = positionals;
if (!distArgument || !existsSync(distArgument)) {
  console.error('Usage: node scripts/measure-first-search.ts DIST [--query TEXT] [--gzip], where DIST is a site built with BASE_PATH=/.');
  process.exit(1);
}
const dist = resolve(distArgument);

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

let counting = false;
const sent: Array<{ url: string; bytes: number }> = [];

const server = createServer((request, response) => {
  let path = join(dist, decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
  if (path !== dist && !path.startsWith(`${dist}${sep}`)) path = dist;
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  if (!existsSync(path)) {
    response.writeHead(404).end();
    return;
  }

  const type = CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';
  const compress = values.gzip && /text|json/.test(type);
  response.writeHead(200, { 'content-type': type, ...(compress ? { 'content-encoding': 'gzip' } : {}) });

  let bytes = 0;
  const file = createReadStream(path);
  const body = compress ? file.pipe(createGzip()) : file;
  body.on('data', (chunk: Buffer) => (bytes += chunk.length));
  body.on('end', () => counting && sent.push({ url: request.url ?? '', bytes }));
  body.pipe(response);
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const browser = await launchChromium();
try {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' });

  counting = true;
  await page.keyboard.press('/');
  await page.locator('pagefind-modal input, pagefind-input input').first().fill(values.query);
  await page.locator('pagefind-modal .pf-result-link, pagefind-results .pf-result-link').first().waitFor({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  counting = false;

  for (const { url, bytes } of sent) console.log(`${String(bytes).padStart(9)}  ${url}`);
  const total = sent.reduce((sum, { bytes }) => sum + bytes, 0);
  console.log(`${total} bytes in ${sent.length} requests for "${values.query}" (${values.gzip ? 'text gzip-compressed' : 'no compression'})`);
} finally {
  await browser.close();
  server.close();
}
