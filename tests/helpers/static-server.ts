import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { headersForPath, parseHeadersFile, type HeaderRule } from '../../src/lib/search/headers.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

/** A static file server on 127.0.0.1 for a built site. */
export interface StaticServer {
  /** Origin, for example `http://127.0.0.1:41234`. */
  origin: string;
  close(): Promise<void>;
}

/** Options of {@link serveStatic}. */
export interface ServeOptions {
  /** Send the headers that the site's `_headers` file sets, as Netlify and Cloudflare Pages do. Off by default. */
  headersFile?: boolean;
}

/**
 * Serves `outDir` under `basePath` on a free loopback port, resolving `/dir/` to `/dir/index.html` the way static
 * hosts do. Files are served at `basePath`, because Astro writes them at the root of the output folder.
 */
export async function serveStatic(outDir: string, basePath = '/', options: ServeOptions = {}): Promise<StaticServer> {
  const headerRules: HeaderRule[] = options.headersFile ? parseHeadersFile(readFileSync(join(outDir, '_headers'), 'utf8')) : [];
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!pathname.startsWith(basePath)) {
      response.writeHead(404).end('Not found');
      return;
    }

    let path = normalize(join(outDir, pathname.slice(basePath.length)));
    if (path !== outDir && !path.startsWith(outDir + sep)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      response.writeHead(404).end('Not found');
      return;
    }

    response.writeHead(200, { ...headersForPath(headerRules, pathname), 'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(response);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
