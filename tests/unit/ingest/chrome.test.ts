import { describe, expect, it } from 'vitest';
import { classifyChromeLine } from '../../../src/lib/ingest/chrome.ts';

describe('classifyChromeLine', () => {
  it.each([
    ['Mar 11', 'date'],
    ['March 11, 2025', 'date'],
    ['Sept. 3rd', 'date'],
    ['11 Mar 2025', 'date'],
    ['2025-03-11', 'date'],
    ['42', 'counter'],
    ['▲ 1,204', 'counter'],
    ['12 upvotes', 'counter'],
    ['3 comments', 'counter'],
    ['Upvote 7', 'counter'],
    ['Submitted by jdoe', 'attribution'],
    ['byAK and the research community', 'attribution'],
    ['Curated by the editors', 'attribution'],
  ])('classifies "%s" as %s', (line, kind) => {
    expect(classifyChromeLine(line)).toBe(kind);
  });

  it.each([
    'March of the Transformers: Scaling Laws Revisited',
    '3D Gaussian Splatting for Real-Time Rendering',
    'May the Force Be with Your Model',
    'Learning by Doing',
    'Attention Is All You Need',
  ])('keeps the title "%s"', (line) => {
    expect(classifyChromeLine(line)).toBeUndefined();
  });
});
