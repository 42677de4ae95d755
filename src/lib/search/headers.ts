/**
 * The `_headers` file that Netlify and Cloudflare Pages read: URL patterns, each followed by indented `Name: value`
 * lines. Other hosts need the same headers set in their own configuration.
 */

/**
 * Content-Security-Policy directives for every page. Scripts run only from the site's own files, and
 * `'wasm-unsafe-eval'` lets Pagefind compile its WebAssembly. Pagefind starts its search worker from `self` or from a
 * `blob:` URL. Inline styles stay allowed because KaTeX sets sizes in `style` attributes.
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'worker-src': ["'self'", 'blob:'],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
} as const satisfies Record<string, readonly string[]>;

/** Formats {@link CSP_DIRECTIVES} as one header value. */
export function formatContentSecurityPolicy(): string {
  return Object.entries(CSP_DIRECTIVES)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** One rule of a `_headers` file: a URL path pattern, where `*` matches any rest of the path, and its headers. */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/** Cache policy of files whose names contain a hash of their content: a new build writes new names. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Cache policy of files that keep their name across builds: caches must ask the server before each use. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * Lists the header rules of a site served under `base` (leading and trailing slash): security headers on every path,
 * long caching of Astro's hashed assets and Pagefind's hashed index, fragment and filter files, and revalidation of
 * the files a new build changes under the same name (the service worker, feeds, exports and Pagefind's entry file).
 * HTML pages get the host's default, which Netlify and Cloudflare Pages both set to revalidation. Each path matches
 * at most one Cache-Control rule, because both hosts join the values of a header set by several matching rules.
 */
export function buildHeaderRules(base: string): HeaderRule[] {
  return [
    {
      pattern: `${base}*`,
      headers: {
        'Content-Security-Policy': formatContentSecurityPolicy(),
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
      },
    },
    { pattern: `${base}sw.js`, headers: { 'Cache-Control': 'no-cache' } },
    { pattern: `${base}_astro/*`, headers: { 'Cache-Control': IMMUTABLE } },
    ...['fragment', 'index', 'filter'].map((folder) => ({ pattern: `${base}pagefind/${folder}/*`, headers: { 'Cache-Control': IMMUTABLE } })),
    ...['search-settings.json', 'pagefind/pagefind-entry.json', 'pagefind/pagefind.js', 'rss.xml', 'feeds.opml', 'papers.json'].map((file) => ({
      pattern: `${base}${file}`,
      headers: { 'Cache-Control': REVALIDATE },
    })),
    { pattern: `${base}topics/*/rss.xml`, headers: { 'Cache-Control': REVALIDATE } },
  ];
}

/** Writes header rules in the `_headers` format. */
export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map((rule) => [rule.pattern, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return `${blocks.join('\n\n')}\n`;
}

/**
 * Reads a `_headers` file back into rules. Blank lines and `#` comments are skipped, and a header line before any
 * pattern is an error, so a malformed file fails loudly instead of dropping headers.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;

    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }

    const rule = rules.at(-1);
    const separator = line.indexOf(':');
    if (!rule || separator === -1) throw new Error(`_headers line ${index + 1} is not a "Name: value" line under a path: "${line.trim()}".`);
    rule.headers[line.slice(0, separator).trim()] = line.slice(separator + 1).trim();
  }
  return rules;
}

/** Collects the headers of every rule whose pattern matches a URL path; later rules override earlier ones. */
export function headersForPath(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (matchesPattern(rule.pattern, pathname)) Object.assign(headers, rule.headers);
  }
  return headers;
}

function matchesPattern(pattern: string, pathname: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(pathname);
}
