import { firstSentences } from '../ingest/summary.ts';

/** Target length of a meta description, the length search engines show before cutting. */
export const DESCRIPTION_LENGTH = 160;

/**
 * Shortens plain text to at most `maxLength` characters at a word boundary, adding `…` when it cut. Whitespace runs
 * become single spaces.
 *
 * @example truncateAtWord('Masked autoencoders scale well', 20) === 'Masked autoencoders…'
 */
export function truncateAtWord(text: string, maxLength = DESCRIPTION_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;

  const cut = flat.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  const words = lastSpace > 0 ? cut.slice(0, lastSpace) : cut;
  return `${words.replace(/[\s.,;:!?(\-–—]+$/u, '')}…`;
}

/** First two sentences of the abstract's first paragraph, the teaser that lists show. */
export function listTeaser(abstract: string): string {
  const firstParagraph = abstract.split(/\n\s*\n/)[0] ?? '';
  return firstSentences(firstParagraph, 2);
}
