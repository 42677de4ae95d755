import { describe, expect, it } from 'vitest';
import { extractNotes, renderBenchmarkPage } from '../../src/lib/bench/report.ts';

describe('benchmark page', () => {
  const notes = '<!-- analysis: kept when npm run bench rewrites this page -->\nRendering holds the build back.\n<!-- end of analysis -->';

  it('keeps the analysis across rewrites', () => {
    const page = renderBenchmarkPage([], notes);
    expect(extractNotes(page)).toBe(notes);
    expect(extractNotes(renderBenchmarkPage([], extractNotes(page)))).toBe(notes);
  });

  it('finds no analysis without markers', () => {
    expect(extractNotes(renderBenchmarkPage([]))).toBe('');
    expect(extractNotes('<!-- end of analysis --> text')).toBe('');
  });
});
