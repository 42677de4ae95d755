import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, type InputWarning } from '../errors.ts';
import { DATE_LINE } from './chrome.ts';
import type { ChromeLine } from './parse-dump.ts';

/** File in the seeds folder that maps dump file names to listing dates (`{ "dump.txt": "2025-03-11" }`). */
export const MANIFEST_FILE = 'seeds.json';

/**
 * The manifest: dump file name → `YYYY-MM-DD`, or `YYYY` alone for a dump whose date line (`Mar 11`) has no year.
 */
export type Manifest = Readonly<Record<string, string>>;

const MANIFEST_HINT = 'It must map dump file names to dates, for example { "2025-03-11.txt": "2025-03-11" }.';

/** Reads `seeds.json` from a seeds folder; a missing file is an empty manifest. Throws an `InputError` when it is invalid. */
export function readManifest(seedsDir: string): Manifest {
  let text: string;
  try {
    text = readFileSync(join(seedsDir, MANIFEST_FILE), 'utf8');
  } catch (error: unknown) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return {};
    throw new InputError('unreadable-file', { file: MANIFEST_FILE }, `the file cannot be read (${String(error)}). Check its permissions.`);
  }

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error: unknown) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputError('invalid-manifest', { file: MANIFEST_FILE }, `the file is not valid JSON (${detail}). ${MANIFEST_HINT}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError('invalid-manifest', { file: MANIFEST_FILE }, `the file must contain a JSON object. ${MANIFEST_HINT}`);
  }

  const manifest: Record<string, string> = {};
  for (const [file, date] of Object.entries(value)) {
    if (typeof date !== 'string') {
      throw new InputError('invalid-manifest', { file: MANIFEST_FILE }, `the value for "${file}" is not a string. ${MANIFEST_HINT}`);
    }
    manifest[file] = date;
  }
  return manifest;
}

const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})/;
const MONTH_INDEX: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

/**
 * Finds the listing date of a dump, as `YYYY-MM-DD`: from the manifest (a full date, or a year that completes the
 * dump's date line), else from an ISO date in the file name, else from a date line with a year in the page chrome. Never from the clock or the file's modification time, so builds
 * are reproducible. Throws an `InputError` that gives the manifest line to add when no date is found.
 */
export function findListingDate(
  file: string,
  manifest: Manifest,
  chrome: readonly ChromeLine[],
  warnings: InputWarning[],
): string {
  const dateLine = chrome.find((line) => line.kind === 'date');
  const fromLine = dateLine ? parseDateLine(dateLine.text) : undefined;
  const fromManifest = manifest[file];
  const fromName = file.match(ISO_DATE);

  let date: string | undefined;
  if (fromManifest !== undefined) {
    date = manifestDate(file, fromManifest, fromLine);
  } else if (fromName) {
    date = validIsoDate(fromName[0]);
    if (date === undefined) {
      throw new InputError('invalid-file-date', { file }, `the file name contains "${fromName[0]}", which is not a calendar date. Rename the file to its listing date, for example 2025-03-11.txt.`);
    }
  } else if (fromLine?.year !== undefined) {
    date = calendarDate(fromLine.year, fromLine.month, fromLine.day);
  }

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

function manifestDate(file: string, value: string, fromLine: { year?: number; month: number; day: number } | undefined): string {
  if (/^\d{4}$/.test(value)) {
    const date = fromLine ? calendarDate(Number(value), fromLine.month, fromLine.day) : undefined;
    if (date !== undefined) return date;
    throw new InputError(
      'invalid-manifest-date',
      { file: MANIFEST_FILE },
      `the entry for "${file}" gives only the year ${value}, but the dump has no date line such as "Mar 11" to take the day from. Give the full date: "${file}": "${value}-MM-DD".`,
    );
  }

  const date = validIsoDate(value);
  if (date !== undefined) return date;
  throw new InputError('invalid-manifest-date', { file: MANIFEST_FILE }, `the date for "${file}" is "${value}", which is not a calendar date in the form YYYY-MM-DD.`);
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
  return calendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Formats a day as `YYYY-MM-DD`, or returns undefined when it does not exist (February 30, month 13). */
export function calendarDate(year: number, month: number, day: number): string | undefined {
  const date = isoDate(year, month, day);
  return date === `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}` ? date : undefined;
}

/** Formats a date as `YYYY-MM-DD`. Out-of-range days roll over (Feb 30 → Mar 2), so callers check with {@link validIsoDate}. */

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

export function isoDate(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}
