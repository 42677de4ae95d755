import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/lib/corpus/generate-corpus.ts';
import { decodeDump } from '../../src/lib/ingest/decode.ts';
import { parseDump } from '../../src/lib/ingest/parse-dump.ts';

describe('generateCorpus', () => {
  const options = { papers: 260, seed: 7, perDay: 50 };

  it('is deterministic for a seed', () => {
    expect(generateCorpus(options)).toEqual(generateCorpus(options));
    expect(generateCorpus({ ...options, seed: 8 })).not.toEqual(generateCorpus(options));
  });

  it('writes one dated dump per day', () => {
    const dumps = generateCorpus(options);

    expect(dumps.map((dump) => dump.fileName)).toEqual(['2023-01-02.txt', '2023-01-03.txt', '2023-01-04.txt', '2023-01-05.txt', '2023-01-06.txt', '2023-01-07.txt']);
  });

  it('parses back to the requested papers', () => {
    const titles = new Set<string>();
    let parsed = 0;
    for (const dump of generateCorpus(options)) {
      const { lines } = decodeDump(new TextEncoder().encode(dump.text), dump.fileName);
      const { papers, warnings } = parseDump(lines, dump.fileName);
      expect(warnings).toEqual([]);
      parsed += papers.length;
      for (const paper of papers) titles.add(paper.title);
    }

    expect(titles.size).toBe(options.papers);
    expect(parsed).toBeGreaterThanOrEqual(options.papers);
  });

  it('includes accented and non-Latin titles at scale', () => {
    const text = generateCorpus({ papers: 2000, seed: 1, perDay: 50 })
      .map((dump) => dump.text)
      .join('\n');

    expect(text).toMatch(/Schrödinger|Fréchet|Poincaré|Gödel|Erdős|Čech|Müller/);
    expect(text).toMatch(/[Ωλ注トΔΣ]/);
    expect(text).toContain('\\%');
    expect(text).toMatch(/\d\.\dtimes/);
  });
});
