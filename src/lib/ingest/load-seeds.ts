import { createHash } from 'node:crypto';
import katex from 'katex';
import type { InputWarning } from '../errors.ts';
import { classifyLinks, findArxivId, type PaperLink } from './links.ts';
import { lineOfOffset, preview } from './parse-dump.ts';
import { readSeeds, type PaperDraft, type PaperSource } from './read-seeds.ts';
import { renderAbstract } from './render-abstract.ts';
import { firstSentences } from './summary.ts';
import { parseTexInline, toPlainText, type Inline, type TexProblem } from './tex.ts';

export { titleKey, type PaperDraft, type PaperSource } from './read-seeds.ts';

/** A paper ready for the site: one per distinct normalised title across all dumps. */
export interface Paper {
  slug: string;
  /** Plain-text title after TeX cleanup (dashes, escapes; math in readable form). */
  title: string;
  /** Plain-text abstract after TeX cleanup, paragraphs separated by a blank line, math in readable form. */
  abstract: string;
  /** Sanitised HTML of the abstract, with math rendered by KaTeX. Safe to inject with `set:html`. */
  abstractHtml: string;
  /** First sentence of the plain-text abstract. */
  summary: string;
  links: PaperLink[];
  /** True when the abstract HTML contains KaTeX output, so its page needs the KaTeX style sheet. */
  hasMath: boolean;
  /** arXiv identifier without version (`2403.12345`), from an arXiv URL or an `arXiv:` mention in the abstract. */
  arxivId?: string | undefined;
  /** Listing days, `YYYY-MM-DD`, oldest first. The first one dates the paper. */
  dates: string[];
  sources: PaperSource[];
}

/** Everything read from a seeds folder. */
export interface SeedsResult {
  papers: Paper[];
  warnings: InputWarning[];
  dumps: number;
}

/**
 * Computes the digest of a paper's input: its text, slug, days and sources, plus `renderer`, a fingerprint of the
 * cleanup and rendering code and its packages, and the KaTeX version. The content loader skips cleanup and rendering
 * for a paper whose digest it already stored, so the fingerprint must change whenever that code does.
 */
export function draftDigest(draft: PaperDraft, renderer: string): string {
  const input = JSON.stringify([renderer, katex.version, draft.slug, draft.title, draft.paragraphs, draft.paragraphLines, draft.dates, draft.sources]);
  return createHash('sha256').update(input).digest('base64url').slice(0, 32);
}

/**
 * Turns a draft into a paper: cleans TeX in the title and abstract, renders the abstract to sanitised HTML, and finds
 * its links and arXiv id. Malformed TeX is kept as written and reported in `warnings`, naming the paper.
 */
export async function renderPaper(draft: PaperDraft, warnings: InputWarning[]): Promise<Paper> {
  const source = draft.sources[0];
  // Each problem with its dump line: the title's line, or the abstract line that contains the problem.
  const problems: Array<{ problem: TexProblem; line: number | undefined }> = [];
  const paragraphLine = (paragraph: number, offset: number): number | undefined => {
    const lines = draft.paragraphLines[paragraph];
    return lines === undefined ? source?.line : lineOfOffset(lines, offset);
  };

  const title = parseTexInline(draft.title);
  for (const problem of title.problems) problems.push({ problem, line: source?.line });
  const paragraphs: Inline[][] = draft.paragraphs.map((text, index) => {
    const cleaned = parseTexInline(text);
    for (const problem of cleaned.problems) problems.push({ problem, line: paragraphLine(index, problem.offset) });
    return cleaned.inlines;
  });

  const rendered = await renderAbstract(paragraphs);
  for (const problem of rendered.problems) problems.push({ problem, line: paragraphLine(problem.paragraph, problem.offset) });

  const urls = paragraphs.flatMap(linkUrls);
  const arxivId = findArxivId(urls, draft.paragraphs.join('\n'));
  const plainParagraphs = paragraphs.map((inlines) => toPlainText(inlines).trim());

  const plainTitle = toPlainText(title.inlines).trim();
  for (const { problem, line } of problems) {
    warnings.push({
      code: 'malformed-tex',
      file: source?.file ?? '',
      line,
      message: `in "${preview(plainTitle)}": ${problem.reason}: ${problem.source}. Fix the TeX in the dump, or ignore this if the text reads well as it is.`,
    });
  }

  return {
    slug: draft.slug,
    title: plainTitle,
    abstract: plainParagraphs.join('\n\n'),
    abstractHtml: rendered.html,
    summary: firstSentences(plainParagraphs[0] ?? ''),
    links: classifyLinks(urls, arxivId),
    hasMath: rendered.hasMath,
    ...(arxivId === undefined ? {} : { arxivId }),
    dates: draft.dates,
    sources: draft.sources,
  };
}

function linkUrls(inlines: readonly Inline[]): string[] {
  return inlines.flatMap((inline) => {
    if (inline.type === 'link') return [inline.url];
    if (inline.type === 'emphasis' || inline.type === 'strong') return linkUrls(inline.children);
    return [];
  });
}

/**
 * Reads every dump in a seeds folder and renders every paper, newest first. Warnings are pushed to `warnings` as they
 * are found (so a caller can print them when this throws) and returned. Throws an `InputError` for a problem that would
 * lose or corrupt papers. The content loader uses {@link readSeeds} and {@link renderPaper} directly so that it can skip
 * unchanged papers.
 */
export async function loadSeeds(seedsDir: string, warnings: InputWarning[] = []): Promise<SeedsResult> {
  const { drafts, dumps } = readSeeds(seedsDir, warnings);

  const papers: Paper[] = [];
  for (const draft of drafts) papers.push(await renderPaper(draft, warnings));

  return { papers: papers.sort(compareNewestFirst), warnings, dumps: dumps.length };
}

/** Orders papers newest first by first listing date, then in the order their dump lists them (its ranking). */
export function compareNewestFirst(a: Paper, b: Paper): number {
  const aSource = a.sources[0];
  const bSource = b.sources[0];
  return (
    (b.dates[0] ?? '').localeCompare(a.dates[0] ?? '') ||
    (aSource?.file ?? '').localeCompare(bSource?.file ?? '') ||
    (aSource?.line ?? 0) - (bSource?.line ?? 0)
  );
}
