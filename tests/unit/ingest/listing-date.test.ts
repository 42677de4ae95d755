import { describe, expect, it } from 'vitest';
import type { InputWarning } from '../../../src/lib/errors.ts';
import { findListingDate, parseDateLine } from '../../../src/lib/ingest/listing-date.ts';
import type { ChromeLine } from '../../../src/lib/ingest/parse-dump.ts';

const dateLine = (text: string): ChromeLine => ({ line: 9, text, kind: 'date' });

describe('findListingDate', () => {
  it.each<[string, string, Record<string, string>, ChromeLine[], string]>([
    ['an ISO date in the file name', '2025-03-11.txt', {}, [], '2025-03-11'],
    ['an ISO date inside a longer name', 'hf-2025-03-11-trending.txt', {}, [], '2025-03-11'],
    ['a date line with a year', 'dump.txt', {}, [dateLine('March 11, 2025')], '2025-03-11'],
    ['the manifest', 'dump.txt', { 'dump.txt': '2025-03-11' }, [dateLine('Mar 11')], '2025-03-11'],
    ['a manifest year and a date line', 'dump.txt', { 'dump.txt': '2025' }, [dateLine('Mar 11')], '2025-03-11'],
  ])('takes %s', (_name, file, manifest, chrome, date) => {
    const warnings: InputWarning[] = [];

    expect(findListingDate(file, manifest, chrome, warnings)).toBe(date);
    expect(warnings).toEqual([]);
  });

  it('gives the manifest line to add for a date line without a year', () => {
    expect(() => findListingDate('dump.txt', {}, [dateLine('Mar 11')], [])).toThrowError(
      'dump.txt:9: no listing date found. The date line "Mar 11" has no year. Add this entry to seeds/seeds.json, with the year of the listing: "dump.txt": "YYYY-03-11"',
    );
  });

  it('names the file when it has no date at all', () => {
    expect(() => findListingDate('dump.txt', {}, [], [])).toThrowError(/^dump\.txt: no listing date found\. It has no ISO date in its name and no date line\./);
  });

  it.each([
    ['an impossible manifest date', 'dump.txt', { 'dump.txt': '2025-02-30' }, /seeds\.json: the date for "dump\.txt" is "2025-02-30"/],
    ['a manifest year without a date line', 'dump.txt', { 'dump.txt': '2025' }, /gives only the year 2025/],
    ['an impossible date in the file name', '2025-13-01.txt', {}, /not a calendar date\. Rename the file/],
  ])('rejects %s', (_name, file, manifest, message) => {
    expect(() => findListingDate(file, manifest, [], [])).toThrowError(message);
  });

  it('warns when the date line disagrees with the file name', () => {
    const warnings: InputWarning[] = [];

    expect(findListingDate('2025-03-12.txt', {}, [dateLine('Mar 11')], warnings)).toBe('2025-03-12');
    expect(warnings).toEqual([expect.objectContaining({ code: 'date-mismatch', file: '2025-03-12.txt', line: 9 })]);
  });

  it('never reads the clock', () => {
    expect(() => findListingDate('dump.txt', {}, [dateLine('Mar 11')], [])).toThrowError(/no listing date/);
  });
});

describe('parseDateLine', () => {
  it.each([
    ['Mar 11', { month: 3, day: 11 }],
    ['March 11, 2025', { year: 2025, month: 3, day: 11 }],
    ['11 Mar 2025', { year: 2025, month: 3, day: 11 }],
    ['2025-03-11', { year: 2025, month: 3, day: 11 }],
    ['Not a date', undefined],
  ])('reads "%s"', (text, expected) => {
    expect(parseDateLine(text)).toEqual(expected);
  });
});
