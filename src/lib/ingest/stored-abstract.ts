import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Paper } from './load-seeds.ts';

/**
 * Abstract HTML compressed for Astro's content store. With KaTeX markup, the abstract HTML was 77 % of the content
 * store of a 10,000-paper synthetic corpus (38 of 50 MB), and Astro keeps the whole store in memory, as files and as
 * parsed entries, for the whole build. Deflated and base64-encoded, the store of that corpus takes 21 MB.
 */

/** A paper as the content store keeps it: the abstract HTML deflated and encoded as base64. */
export interface StoredPaper extends Omit<Paper, 'abstractHtml'> {
  /** Abstract HTML, compressed with raw deflate and encoded as base64. */
  abstractHtmlDeflated: string;
}

/** Compresses a paper's abstract HTML for the content store. */
export function deflateAbstract(paper: Paper): StoredPaper {
  const { abstractHtml, ...rest } = paper;
  return { ...rest, abstractHtmlDeflated: deflateRawSync(abstractHtml).toString('base64') };
}

/** Restores a stored paper's abstract HTML. */
export function inflateAbstract(stored: StoredPaper): Paper {
  const { abstractHtmlDeflated, ...rest } = stored;
  return { ...rest, abstractHtml: inflateRawSync(Buffer.from(abstractHtmlDeflated, 'base64')).toString('utf8') };
}
