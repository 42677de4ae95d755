import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError, type InputWarning } from '../../../src/lib/errors.ts';
import { loadSeeds } from '../../../src/lib/ingest/load-seeds.ts';
import { readSeeds, requirePapers, titleKey } from '../../../src/lib/ingest/read-seeds.ts';

let seedsDir: string;

beforeEach(() => {
  seedsDir = mkdtempSync(join(tmpdir(), 'papers-read-seeds-'));
});

afterEach(() => {
  rmSync(seedsDir, { recursive: true, force: true });
});

describe('titleKey', () => {
  it.each([
    ['case', 'Sparse Retrieval', 'SPARSE retrieval'],
    ['spacing', 'Sparse  Retrieval ', ' Sparse Retrieval'],
    ['dashes', 'Pre-training — a Study', 'Pre training – a Study'],
    ['compatibility forms', 'Ｃ++ Models', 'C++ Models'],
    ['spaces around a symbol', 'C ++ Models', 'C++ Models'],
    ['spaced ampersand', 'Q & A Models', 'Q&A Models'],
  ])('gives one key for titles differing in %s', (_name, a, b) => {
    expect(titleKey(a)).toBe(titleKey(b));
  });

  it.each([
    ['C++ and C', 'C++ Models', 'C Models'],
    ['C# and C', 'C# Models', 'C Models'],
    ['C++ and C#', 'C++ Models', 'C# Models'],
    ['A* and A', 'A* Search for Planning', 'A Search for Planning'],
    ['percent', '100% Recall', '100 Recall'],
    ['word boundaries', 'Pretraining Models', 'Pre Training Models'],
  ])('tells %s apart', (_name, a, b) => {
    expect(titleKey(a)).not.toBe(titleKey(b));
  });
});

describe('readSeeds merging', () => {
  it('keeps C, C++ and C# apart', () => {
    writeFileSync(join(seedsDir, '2025-03-11.txt'), 'C++ Models\n\nAbout C++.\n\nC Models\n\nAbout C.\n\nC# Models\n\nAbout C#.\n');
    const { drafts } = readSeeds(seedsDir, []);

    expect(drafts.map((draft) => draft.title)).toEqual(['C++ Models', 'C Models', 'C# Models']);
    expect(new Set(drafts.map((draft) => draft.slug)).size).toBe(3);
  });

  it('warns when a later dump edits the abstract', () => {
    writeFileSync(join(seedsDir, '2025-03-10.txt'), 'Shared Title\n\nFirst abstract.\n');
    writeFileSync(join(seedsDir, '2025-03-11.txt'), 'Another Paper\n\nAnother abstract.\n\nShared Title\n\nEdited abstract.\n');
    const warnings: InputWarning[] = [];
    const { drafts } = readSeeds(seedsDir, warnings);

    expect(drafts.find((draft) => draft.title === 'Shared Title')?.paragraphs).toEqual(['First abstract.']);
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'edited-abstract',
        file: '2025-03-11.txt',
        line: 5,
        message: expect.stringMatching(/^"Shared Title" was listed first at 2025-03-10\.txt:1 with a different abstract; the first abstract is kept\./),
      }),
    ]);
  });

  it('does not warn when a later dump repeats the abstract', () => {
    writeFileSync(join(seedsDir, '2025-03-10.txt'), 'Shared Title\n\nSame abstract.\n');
    writeFileSync(join(seedsDir, '2025-03-11.txt'), 'Shared Title\n\nSame abstract.\n');
    const warnings: InputWarning[] = [];
    readSeeds(seedsDir, warnings);

    expect(warnings).toEqual([]);
  });
});

describe('readSeeds empty dumps', () => {
  it.each([
    ['an empty file', '', /^2025-03-11\.txt: the file is empty, so it lists no paper\./],
    ['blank lines only', '\n\n\n', /^2025-03-11\.txt: the file is empty \(it holds only whitespace\)/],
    ['spaces, tabs and CRLF only', ' \t\r\n\u00A0\r\n', /only whitespace/],
    ['a byte order mark only', '\uFEFF', /the file is empty/],
  ])('rejects %s', (_name, text, message) => {
    writeFileSync(join(seedsDir, 'other.txt'), 'A Title\n\nAn abstract.\n');
    writeFileSync(join(seedsDir, '2025-03-11.txt'), text);

    expect(() => readSeeds(seedsDir, [])).toThrow(InputError);
    expect(() => readSeeds(seedsDir, [])).toThrow(message);
  });
});

describe('requirePapers', () => {
  it('stops when the dumps give no paper', () => {
    expect(() => requirePapers([], 'seeds')).toThrow(/^seeds: the dumps in the seeds folder contain no paper/);
  });

  it('accepts one paper', () => {
    const [draft] = readSeedsOf('A Title\n\nAn abstract.\n');

    expect(draft).toBeDefined();
    expect(() => requirePapers(draft === undefined ? [] : [draft], 'seeds')).not.toThrow();
  });
});

describe('TeX warning lines', () => {
  it('names the line of each problem', async () => {
    const text = 'Mar 11, 2025\n\nA Title with $\\foo$\n\nFirst line of the abstract\nsecond line with $\\href{https://a.org}{x}$ in it.\n\nSecond paragraph $x.\n';
    writeFileSync(join(seedsDir, 'dump.txt'), text);
    const warnings: InputWarning[] = [];
    await loadSeeds(seedsDir, warnings);
    const tex = warnings.filter((warning) => warning.code === 'malformed-tex');

    expect(tex.map((warning) => warning.line)).toEqual([3, 6, 8]);
    expect(tex[1]?.message).toMatch(/\\href is disabled in formulas, so it is shown as written: \$\\href\{https:\/\/a\.org\}\{x\}\$/);
  });
});

describe('TeX shown as written', () => {
  it.each([
    ['unmatched display math', 'A $$ and $y$ and $$ end. Then $$E$$ renders.', 'A $$ and $y$ and $$ end. Then E renders.'],
    ['a disabled command', 'Click $\\href{https://a.org}{here}$ now. More.', 'Click $\\href{https://a.org}{here}$ now. More.'],
    ['an undefined command', 'We use $\\foo{x}$ here. More.', 'We use $\\foo{x}$ here. More.'],
  ])('keeps %s in the abstract, summary and page', async (_name, abstract, plain) => {
    writeFileSync(join(seedsDir, 'dump.txt'), `Mar 11, 2025\n\nA Title\n\n${abstract}\n`);
    const { papers } = await loadSeeds(seedsDir, []);
    const [paper] = papers;
    const firstSentence = abstract.slice(0, abstract.indexOf('. ') + 1);

    expect(paper?.abstract).toBe(plain);
    expect(paper?.summary).toBe(firstSentence);
    expect(paper?.abstractHtml.startsWith(`<p>${firstSentence} `)).toBe(true);
  });
});

function readSeedsOf(text: string): ReturnType<typeof readSeeds>['drafts'] {
  writeFileSync(join(seedsDir, '2025-03-11.txt'), text);
  return readSeeds(seedsDir, []).drafts;
}
