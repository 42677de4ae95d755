/** A problem with an environment variable or setting. The message names the variable and how to fix it. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Location of a problem in a dump: the file and, when known, the 1-based line. */
export interface SourceLocation {
  file: string;
  line?: number | undefined;
}

/** A recoverable problem in a dump: the build goes on and reports it. */
export interface InputWarning extends SourceLocation {
  code: string;
  message: string;
}

/** A problem in a dump that stops the build, because going on would lose or corrupt papers. */
export class InputError extends Error {
  override name = 'InputError';

  readonly code: string;
  readonly location: SourceLocation;

  constructor(code: string, location: SourceLocation, detail: string) {
    super(`${formatLocation(location)}: ${detail}`);
    this.code = code;
    this.location = location;
  }
}

/**
 * Several dumps that each stop the build, reported together so that one run lists every file to fix. Its message is
 * one line per error; `code` and `location` are those of the first.
 */
export class InputErrorList extends InputError {
  override name = 'InputErrorList';

  readonly errors: readonly InputError[];

  constructor(errors: readonly [InputError, ...InputError[]]) {
    const [first] = errors;
    super(first.code, first.location, '');
    this.message = errors.map((error) => error.message).join('\n');
    this.errors = errors;
  }
}

/** Splits an error into the input errors it reports: the list's members, or the error itself. */
export function listInputErrors(error: InputError): readonly InputError[] {
  return error instanceof InputErrorList ? error.errors : [error];
}

/** Formats a location as `file:line`, the form editors and terminals turn into links. */
export function formatLocation({ file, line }: SourceLocation): string {
  return line === undefined ? file : `${file}:${line}`;
}

/** Formats a warning for the build log. */
export function formatWarning(warning: InputWarning): string {
  return `${formatLocation(warning)}: ${warning.message}`;
}

/** Formats the closing line of a load: dumps read, papers, papers listed on several days and warnings. */
export function formatSummary({ dumps, papers, warnings }: { dumps: number; papers: ReadonlyArray<{ dates: readonly string[] }>; warnings: number }): string {
  const multiDay = papers.filter((paper) => paper.dates.length > 1).length;
  return `Read ${formatCount(dumps, 'dump')}: ${formatCount(papers.length, 'paper')}, ${multiDay} listed on several days, ${formatCount(warnings, 'warning')}.`;
}

/**
 * Formats a count with its noun in the singular or plural, for log lines. `noun` is the singular; `plural` defaults
 * to the noun with an `s`.
 *
 * @example formatCount(1, 'paper page') === '1 paper page'
 */
export function formatCount(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}

/**
 * Describes a command-line error from `node:util` `parseArgs` in one sentence, without Node's hint about `--`, which
 * does not apply to `npm run` scripts: `Unknown option '--frce'`.
 */
export function describeArgumentError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split(/\.\s/)[0]?.replace(/\.$/, '') ?? message;
}
