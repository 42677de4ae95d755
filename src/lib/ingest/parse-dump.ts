import type { InputWarning } from '../errors.ts';
import { classifyChromeLine } from './chrome.ts';
import { URL_PATTERN } from './links.ts';

/** One paper as it appears in a dump, before cleanup and rendering. */
export interface DumpPaper {
  title: string;
  /** Abstract paragraphs, in order. */
  paragraphs: string[];
  /** 1-based line of the title in the dump. */
  line: number;
}

/** A line left out of the papers because it belongs to the page the dump was copied from. */
export interface ChromeLine {
  line: number;
  text: string;
  kind: string;
}

/** What a dump contains once split into papers. */
export interface ParsedDump {
  papers: DumpPaper[];
  chrome: ChromeLine[];
  warnings: InputWarning[];
}

/** Longest line, in characters, that can be a title. Longer lines are abstract paragraphs. */
export const TITLE_MAX_LENGTH = 300;

interface Paragraph {
  text: string;
  line: number;
  lineCount: number;
}

/**
 * Splits a dump's lines into papers.
 *
 * Blocks are separated by blank lines, and the lines of one block are joined with spaces. A block is a title when it
 * is a single line of at most {@link TITLE_MAX_LENGTH} characters that holds no URL and does not end with `.`, `,`,
 * `;` or `:`. Any other block is an abstract paragraph and belongs to the title before it. A title that no abstract
 * paragraph follows is page chrome ("new", "Subscribe") and is left out, and so are lines that match a chrome rule.
 */
export function parseDump(lines: readonly string[], file: string): ParsedDump {
  const chrome: ChromeLine[] = [];
  const warnings: InputWarning[] = [];
  const paragraphs = splitParagraphs(lines, chrome);
  const papers: DumpPaper[] = [];

  let current: DumpPaper | undefined;
  for (const [index, paragraph] of paragraphs.entries()) {
    if (isTitleLike(paragraph)) {
      const next = paragraphs[index + 1];
      if (next && !isTitleLike(next)) {
        current = { title: paragraph.text, paragraphs: [], line: paragraph.line };
        papers.push(current);
        continue;
      }
      chrome.push({ line: paragraph.line, text: paragraph.text, kind: 'no-abstract' });
      current = undefined;
      continue;
    }

    if (current) {
      current.paragraphs.push(paragraph.text);
      continue;
    }
    warnings.push({
      code: 'orphan-paragraph',
      file,
      line: paragraph.line,
      message: `a paragraph with no title before it was left out: "${preview(paragraph.text)}". If it is an abstract, put its title on the line above it, followed by a blank line.`,
    });
  }

  chrome.sort((a, b) => a.line - b.line);
  return { papers, chrome, warnings };
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
      open.text += ` ${text}`;
      open.lineCount++;
      continue;
    }
    open = { text, line: index + 1, lineCount: 1 };
    paragraphs.push(open);
  }
  return paragraphs;
}

function isTitleLike(paragraph: Paragraph): boolean {
  return (
    paragraph.lineCount === 1 &&
    paragraph.text.length <= TITLE_MAX_LENGTH &&
    !/[.,;:]$/.test(paragraph.text) &&
    !new RegExp(URL_PATTERN.source, 'i').test(paragraph.text)
  );
}

/** Shortens text for a message, keeping its start. */
export function preview(text: string, maxLength = 60): string {
  return text.length <= maxLength ? text : `${text.slice(0, maxLength - 1)}…`;
}
