import { describe, expect, it } from 'vitest';
import { buildHeaderRules, formatContentSecurityPolicy, formatHeadersFile, headersForPath, IMMUTABLE, parseHeadersFile, REVALIDATE } from '../../../src/lib/search/headers.ts';

describe('formatContentSecurityPolicy', () => {
  const policy = formatContentSecurityPolicy();
  const directive = (name: string) => policy.split('; ').find((part) => part.startsWith(`${name} `));

  it('allows no inline or eval scripts', () => {
    expect(directive('script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
  });

  it('allows workers from self and blob', () => {
    expect(directive('worker-src')).toBe("worker-src 'self' blob:");
  });

  it('blocks plugins and framing', () => {
    expect(directive('object-src')).toBe("object-src 'none'");
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
  });
});

describe('_headers rules', () => {
  it.each(['/', '/papers/'])('prefixes every pattern with base %s', (base) => {
    for (const rule of buildHeaderRules(base)) expect(rule.pattern.startsWith(base)).toBe(true);
  });

  it('round-trips through the file format', () => {
    const rules = buildHeaderRules('/papers/');

    expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
  });

  it('merges the headers of every matching rule', () => {
    const rules = buildHeaderRules('/papers/');

    expect(headersForPath(rules, '/papers/sw.js')).toMatchObject({ 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' });
    expect(headersForPath(rules, '/papers/search/')).toHaveProperty('Content-Security-Policy');
    expect(headersForPath(rules, '/other/')).toEqual({});
  });

  it('treats pattern dots literally', () => {
    expect(headersForPath(buildHeaderRules('/'), '/swxjs')).not.toHaveProperty('Cache-Control');
  });

  it('rejects a header line before any path', () => {
    expect(() => parseHeadersFile('  X-A: b\n/\n')).toThrow(/line 1/);
  });

  it('skips comments and blank lines', () => {
    expect(parseHeadersFile('# note\n\n/a\n  X-A: b\n')).toEqual([{ pattern: '/a', headers: { 'X-A': 'b' } }]);
  });
});

describe('cache rules', () => {
  const rules = buildHeaderRules('/papers/');
  const cacheControl = (path: string) => headersForPath(rules, path)['Cache-Control'];

  it.each([
    ['/papers/_astro/index.B1c2D3.css', IMMUTABLE],
    ['/papers/pagefind/fragment/en_1a2b3c.pf_fragment', IMMUTABLE],
    ['/papers/pagefind/index/en_4d5e6f.pf_index', IMMUTABLE],
    ['/papers/pagefind/filter/en_7a8b9c.pf_filter', IMMUTABLE],
    ['/papers/pagefind/pagefind-entry.json', REVALIDATE],
    ['/papers/pagefind/pagefind.js', REVALIDATE],
    ['/papers/rss.xml', REVALIDATE],
    ['/papers/topics/video/rss.xml', REVALIDATE],
    ['/papers/feeds.opml', REVALIDATE],
    ['/papers/papers.json', REVALIDATE],
    ['/papers/sw.js', 'no-cache'],
    ['/papers/papers/shapesplat/', undefined],
  ])('caches %s as %s', (path, expected) => {
    expect(cacheControl(path)).toBe(expected);
  });

  it('gives each path one Cache-Control rule', () => {
    const paths = ['/papers/_astro/a.js', '/papers/pagefind/fragment/a', '/papers/rss.xml', '/papers/topics/x/rss.xml', '/papers/sw.js'];
    for (const path of paths) {
      const matching = rules.filter((rule) => 'Cache-Control' in rule.headers && headersForPath([rule], path)['Cache-Control'] !== undefined);
      expect(matching, path).toHaveLength(1);
    }
  });
});
