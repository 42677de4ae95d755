import { describe, expect, it } from 'vitest';
import { buildHeaderRules, formatContentSecurityPolicy, formatHeadersFile, headersForPath, parseHeadersFile } from '../../../src/lib/search/headers.ts';

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
