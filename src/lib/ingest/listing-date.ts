import { InputError, type InputWarning } from '../errors.ts';
import { DATE_LINE } from './chrome.ts';
import type { ChromeLine } from './parse-dump.ts';

/** File in the seeds folder that maps dump file names to listing dates (`{ "dump.txt": "2025-03-11" }`). */
export const MANIFEST_FILE = 'seeds.json';

const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})/;
const MONTH_INDEX: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

/**
 * Finds the listing date of a dump, as `YYYY-MM-DD`: from the manifest, else from an ISO date in the file name, else
 * from a date line with a year in the page chrome. Never from the clock or the file's modification time, so builds
 * are reproducible. Throws an `InputError` that gives the manifest line to add when no date is found.
 */
export function findListingDate(
  file: string,
  manifest: Readonly<Record<string, string>>,
  chrome: readonly ChromeLine[],
  warnings: InputWarning[],
): string {
  const dateLine = chrome.find((line) => line.kind === 'date');
  const fromLine = dateLine ? parseDateLine(dateLine.text) : undefined;
  const fromManifest = manifest[file];
  const fromName = file.match(ISO_DATE);

  let date: string | undefined;
  if (fromManifest !== undefined) {
    date = validIsoDate(fromManifest);
    if (date === undefined) {
      throw new InputError('invalid-manifest-date', { file: MANIFEST_FILE }, `the date for "${file}" is "${fromManifest}", which is not a calendar date in the form YYYY-MM-DD.`);
    }
  }
  else if (fromName) date = validIsoDate(fromName[0]);
  else if (fromLine?.year !== undefined) date = isoDate(fromLine.year, fromLine.month, fromLine.day);

  if (date === undefined) {
    const guess = fromLine ? `-${pad(fromLine.month)}-${pad(fromLine.day)}` : '-MM-DD';
    const where = fromLine ? `The date line "${dateLine?.text}" has no year. ` : 'It has no ISO date in its name and no date line. ';
    throw new InputError(
      'missing-date',
      dateLine ? { file, line: dateLine.line } : { file },
      `no listing date found. ${where}Add this entry to seeds/${MANIFEST_FILE}, with the year of the listing: "${file}": "YYYY${guess}"`,
    );
  }

  if (fromLine && dateLine && (Number(date.slice(5, 7)) !== fromLine.month || Number(date.slice(8, 10)) !== fromLine.day)) {
    warnings.push({
      code: 'date-mismatch',
      file,
      line: dateLine.line,
      message: `the date line "${dateLine.text}" does not match the listing date ${date}; ${date} is used. Fix the entry in seeds/${MANIFEST_FILE} or the file name if it is wrong.`,
    });
  }
  return date;
}

/** Reads a date line such as `Mar 11`, `March 11, 2025`, `11 Mar 2025` or `2025-03-11`. */
export function parseDateLine(text: string): { year?: number; month: number; day: number } | undefined {
  if (!DATE_LINE.test(text.trim())) return undefined;

  const iso = text.match(ISO_DATE);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };

  const month = MONTH_INDEX[text.match(/[a-z]+/i)?.[0].slice(0, 3).toLowerCase() ?? ''];
  const numbers = [...text.matchAll(/\d+/g)].map((match) => Number(match[0]));
  const day = numbers.find((value) => value <= 31);
  const year = numbers.find((value) => value > 31);
  if (month === undefined || day === undefined) return undefined;
  return year === undefined ? { month, day } : { year, month, day };
}

/** Checks that a `YYYY-MM-DD` string names a real calendar day and returns it, or undefined. */
export function validIsoDate(value: string): string | undefined {
  const match = value.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!match) return undefined;
  const date = isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  return date === value ? date : undefined;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function isoDate(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}
