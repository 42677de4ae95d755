const DISPLAY_FORMAT = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/**
 * Formats a listing day for readers, in English and UTC so the output does not depend on the build machine.
 *
 * @example formatDate('2025-03-11') === 'March 11, 2025'
 */
export function formatDate(isoDate: string): string {
  let formatted = formattedDates.get(isoDate);
  if (formatted === undefined) {
    formatted = DISPLAY_FORMAT.format(toUtcDate(isoDate));
    formattedDates.set(isoDate, formatted);
  }
  return formatted;
}

/** Formatted days. A site has one entry per listing day, and a build formats each day on many pages. */
const formattedDates = new Map<string, string>();

/** Turns a `YYYY-MM-DD` listing day into the Date of its midnight UTC. */
export function toUtcDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}
