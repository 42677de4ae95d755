import { InputError, type InputWarning } from '../errors.ts';
import { classifyChromeLine, classifyLoneLine } from './chrome.ts';
import { URL_PATTERN } from './links.ts';

/** One paper as it appears in a dump, before cleanup and rendering. */
export interface DumpPaper {
  title: string;
  /** Abstract paragraphs, in order. */
  paragraphs: string[];
  /** 1-based line of the title in the dump. */
  line: number;
  /** Dump lines of each paragraph, in the order of `paragraphs`. */
  paragraphLines: ParagraphLines[];
}

/**
 * The dump lines of one paragraph: the 1-based line it starts on, and for each further line the offset in the joined
 * paragraph text where that line starts. {@link lineOfOffset} turns an offset into a dump line.
 */
export interface ParagraphLines {
  line: number;
  breaks: number[];
}

/** A line left out of the papers because it belongs to the page the dump was copied from. */
export interface ChromeLine {
  line: number;
  text: string;
  kind: string;
}

/** Content of a dump once split into papers: the papers, the chrome lines left out and the warnings. */
export interface ParsedDump {
  papers: DumpPaper[];
  chrome: ChromeLine[];
  warnings: InputWarning[];
}

/** Maximum length of a title, in characters. Longer lines are abstract paragraphs. */
export const TITLE_MAX_LENGTH = 300;

interface Paragraph {
  text: string;
  line: number;
  breaks: number[];
}

/**
 * Splits a dump's lines into papers.
 *
 * Blocks are separated by blank lines, and the lines of one block are joined with spaces. A block is a title when it
 * is a single line of at most {@link TITLE_MAX_LENGTH} characters that holds no URL and does not end with `.`, `,`,
 * `;` or `:`. Any other block is an abstract paragraph and belongs to the title before it. Lines that match a chrome
 * rule are left out wherever they are.
 *
 * A title-like line that no abstract paragraph follows is left out as page chrome only when {@link classifyLoneLine}
 * calls it chrome: navigation words ("new", "Load more") and sign-up prompts. Any other such line is a paper title
 * without an abstract, or an abstract without its final full stop, so dropping it would lose a paper: this throws an
 * `InputError` naming the first such line.
 */
export function parseDump(lines: readonly string[], file: string): ParsedDump {
  const chrome: ChromeLine[] = [];
  const warnings: InputWarning[] = [];
  const paragraphs = splitParagraphs(lines, chrome);
  const papers: DumpPaper[] = [];

  const unreadable: Paragraph[] = [];

  let current: DumpPaper | undefined;
  for (const [index, paragraph] of paragraphs.entries()) {
    if (isTitleLike(paragraph)) {
      const next = paragraphs[index + 1];
      if (next && !isTitleLike(next)) {
        current = { title: paragraph.text, paragraphs: [], line: paragraph.line, paragraphLines: [] };
        papers.push(current);
        continue;
      }
      current = undefined;
      const kind = classifyLoneLine(paragraph.text);
      if (kind === undefined) unreadable.push(paragraph);
      else chrome.push({ line: paragraph.line, text: paragraph.text, kind });
      continue;
    }

    if (current) {
      if (current.paragraphs.length > 0 && looksLikeLongTitle(paragraph)) {
        warnings.push({
          code: 'long-line-in-abstract',
          file,
          line: paragraph.line,
          message: `a ${paragraph.text.length}-character line with no final punctuation was read as another paragraph of the abstract of "${preview(current.title)}", because titles are at most ${TITLE_MAX_LENGTH} characters. If it is the title of a new paper, shorten it to ${TITLE_MAX_LENGTH} characters.`,
        });
      }
      current.paragraphs.push(paragraph.text);
      current.paragraphLines.push({ line: paragraph.line, breaks: paragraph.breaks });
      continue;
    }
    warnings.push({
      code: 'orphan-paragraph',
      file,
      line: paragraph.line,
      message: `a paragraph with no title before it was left out: "${preview(paragraph.text)}". If it is an abstract, put its title on the line above it, followed by a blank line.`,
    });
  }

  if (unreadable.length > 0) throw loneLineError(file, unreadable);

  chrome.sort((a, b) => a.line - b.line);
  return { papers, chrome, warnings };
}

/** Tells whether a paragraph is one line too long to be a title that still reads like one: no final punctuation, no URL. */
function looksLikeLongTitle(paragraph: Paragraph): boolean {
  return paragraph.breaks.length === 0 && paragraph.text.length > TITLE_MAX_LENGTH && !/[.!?…:;,)\]"'”’]$/.test(paragraph.text) && !/https?:\/\//i.test(paragraph.text);
}

function loneLineError(file: string, lines: readonly Paragraph[]): InputError {
  const [first, ...others] = lines;
  const otherLines = others.map((other) => other.line).join(', ');
  let more = '';
  if (others.length === 1) more = ` Line ${otherLines} has the same problem.`;
  if (others.length > 1) more = ` Lines ${otherLines} have the same problem.`;
  return new InputError(
    'no-abstract',
    { file, line: first?.line },
    `"${preview(first?.text ?? '', 80)}" reads as a title, but no abstract follows it, so the paper would be lost. ` +
      'A line without a final full stop reads as a title. If this line is an abstract, end it with a full stop. If it is a title, put its abstract under it after a blank line. If it is not part of a paper, delete it.' +
      more,
  );
}

/** Returns the 1-based dump line of a character offset in a paragraph's joined text. */
export function lineOfOffset(lines: ParagraphLines, offset: number): number {
  let line = lines.line;
  for (const start of lines.breaks) {
    if (start > offset) break;
    line++;
  }
  return line;
}

function splitParagraphs(lines: readonly string[], chrome: ChromeLine[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let open: Paragraph | undefined;

  for (const [index, raw] of lines.entries()) {
    const text = raw.trim().replace(/ {2,}/g, ' ');
    const kind = text ? classifyChromeLine(text) : undefined;
    if (!text || kind) {
      if (kind) chrome.push({ line: index + 1, text, kind });
      open = undefined;
      continue;
    }

    if (open) {
      open.text += ' ';
      open.breaks.push(open.text.length);
      open.text += text;
      continue;
    }
    open = { text, line: index + 1, breaks: [] };
    paragraphs.push(open);
  }
  return paragraphs;
}

function isTitleLike(paragraph: Paragraph): boolean {
  return (
    paragraph.breaks.length === 0 &&
    paragraph.text.length <= TITLE_MAX_LENGTH &&
    !/[.,;:]$/.test(paragraph.text) &&
    !new RegExp(URL_PATTERN.source, 'i').test(paragraph.text)
  );
}

/** Shortens text for a message, keeping its start. */
export function preview(text: string, maxLength = 60): string {
  return text.length <= maxLength ? text : `${text.slice(0, maxLength - 1)}…`;
}
