import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, type InputWarning } from '../../../src/lib/errors.ts';
import { draftDigest, loadSeeds } from '../../../src/lib/ingest/load-seeds.ts';
import { readSeeds } from '../../../src/lib/ingest/read-seeds.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/ingest');

describe('loadSeeds on several dumps', () => {
  it('merges the same title across dumps into one paper', async () => {
    const { papers, dumps } = await loadSeeds(join(FIXTURES, 'several'));
    const shared = papers.find((paper) => paper.title === 'Shared Paper on Sparse Retrieval');

    expect(dumps).toBe(2);
    expect(papers).toHaveLength(3);
    expect(shared?.dates).toEqual(['2025-03-10', '2025-03-11']);
    expect(shared?.sources).toEqual([{ file: '2025-03-10.txt', line: 3 }, { file: 'listing.txt', line: 3 }]);
    expect(shared?.abstract).toBe('We study sparse retrieval. See arXiv:2403.12345.');
    expect(shared?.arxivId).toBe('2403.12345');
  });

  it('lists an exact repeat inside one dump once, with a warning', async () => {
    const warnings: InputWarning[] = [];
    const { papers } = await loadSeeds(join(FIXTURES, 'several'), warnings);

    expect(papers.filter((paper) => paper.title === 'Only on the Tenth')).toHaveLength(1);
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'repeat', file: '2025-03-10.txt', line: 11 }));
  });

  it('dates a dump from its date line and reads BOM and CRLF', async () => {
    const { papers } = await loadSeeds(join(FIXTURES, 'several'));

    expect(papers.find((paper) => paper.title === 'Broken TeX Paper')?.dates).toEqual(['2025-03-11']);
  });

  it('cleans TeX and warns about malformed TeX, naming paper and line', async () => {
    const warnings: InputWarning[] = [];
    const { papers } = await loadSeeds(join(FIXTURES, 'several'), warnings);
    const broken = papers.find((paper) => paper.title === 'Broken TeX Paper');
    const tenth = papers.find((paper) => paper.title === 'Only on the Tenth');

    expect(broken?.abstractHtml).toContain('Here $\\frac{1}{$ fails but words stay.');
    expect(broken?.hasMath).toBe(false);
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'malformed-tex', file: 'listing.txt', line: 9, message: expect.stringMatching(/^in "Broken TeX Paper": KaTeX cannot render/) }));
    expect(tenth?.hasMath).toBe(true);
    expect(tenth?.abstract).toBe('An abstract with x² math and 45% gains.');
  });

  it('does not read or warn about seeds.json and topics.json', async () => {
    const warnings: InputWarning[] = [];
    await loadSeeds(join(FIXTURES, 'several'), warnings);

    expect(warnings.filter((warning) => warning.code === 'not-a-dump')).toEqual([]);
  });
});

describe('draftDigest', () => {
  it('changes with the text and stays for the same input', () => {
    const [draft] = readSeeds(join(FIXTURES, 'several'), []).drafts;
    if (draft === undefined) throw new Error('the fixture has no paper');

    expect(draftDigest({ ...draft }, 'r1')).toBe(draftDigest(draft, 'r1'));
    expect(draftDigest({ ...draft, paragraphs: ['Changed.'] }, 'r1')).not.toBe(draftDigest(draft, 'r1'));
    expect(draftDigest({ ...draft, dates: [...draft.dates, '2025-04-01'] }, 'r1')).not.toBe(draftDigest(draft, 'r1'));
  });

  it('changes with the renderer fingerprint', () => {
    const [draft] = readSeeds(join(FIXTURES, 'several'), []).drafts;
    if (draft === undefined) throw new Error('the fixture has no paper');

    expect(draftDigest(draft, 'r2')).not.toBe(draftDigest(draft, 'r1'));
  });
});

describe('loadSeeds errors', () => {
  it.each([
    ['a dump without a date', 'bad-date', 'missing-date', 'dump.txt:1: no listing date found. The date line "Mar 12" has no year. Add this entry to seeds/seeds.json, with the year of the listing: "dump.txt": "YYYY-03-12"'],
    ['a dump with text but no paper', 'no-papers', 'no-papers', '2025-03-10.txt:1: the file contains text but no paper. Each paper needs a title on one line, a blank line, then its abstract paragraph.'],
    ['binary data', 'binary', 'binary-file', '2025-03-10.txt:3: the file contains NUL bytes, so it looks like binary data, not a text dump. Remove it from the seeds folder.'],
  ])('stops on %s', async (_name, folder, code, message) => {
    const error = await loadSeeds(join(FIXTURES, folder)).then(
      () => undefined,
      (caught: unknown) => caught,
    );

    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code, message });
  });

  it('keeps the warnings found before an error', async () => {
    const warnings: InputWarning[] = [];
    await expect(loadSeeds(join(FIXTURES, 'bad-date'), warnings)).rejects.toThrowError(InputError);

    expect(warnings).toEqual([expect.objectContaining({ code: 'chrome-lines', file: 'dump.txt', line: 1 })]);
  });

  it('stops on a missing seeds folder', async () => {
    await expect(loadSeeds(join(FIXTURES, 'does-not-exist'))).rejects.toThrowError(/the seeds folder cannot be read/);
  });
});
