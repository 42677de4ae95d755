import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Paper } from './load-seeds.ts';

/**
 * Rendered abstracts kept as files beside Astro's content store rather than in it. With KaTeX markup, the abstract
 * HTML was 77 % of the content store of a 10,000-paper synthetic corpus (38 of 50 MB), and Astro keeps the whole store
 * in memory while it renders. A page therefore reads its abstract from disk when it renders. Files are named by a hash of their HTML, so unchanged
 * abstracts keep their files from one build to the next.
 */

/** A paper as the content store keeps it: the abstract HTML replaced by the path of its file. */
export interface StoredPaper extends Omit<Paper, 'abstractHtml'> {
  /** Absolute path of the file with the abstract HTML. */
  abstractFile: string;
  /** Hash of the abstract HTML, so that cache keys change when it does. */
  abstractHash: string;
}

/** Writes a paper's abstract HTML to `dir` unless a file with the same HTML exists, and returns the paper to store. */
export function storeAbstract(paper: Paper, dir: string): StoredPaper {
  const { abstractHtml, ...rest } = paper;
  const abstractHash = createHash('sha256').update(abstractHtml).digest('base64url').slice(0, 32);
  const abstractFile = join(dir, `${abstractHash}.html`);

  if (!existsSync(abstractFile)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(abstractFile, abstractHtml);
  }
  return { ...rest, abstractFile, abstractHash };
}

/**
 * Turns a stored paper back into a paper whose `abstractHtml` is read from its file each time it is used, so that
 * only the pages being rendered hold abstracts in memory. The property is not enumerable: `JSON.stringify` leaves it
 * out (cache keys use `abstractHash`), and copies must take property descriptors, not spread values.
 */
export function withAbstractFromFile(stored: StoredPaper): Paper {
  const paper = { ...stored } as Omit<StoredPaper, 'abstractHtml'>;
  return Object.defineProperty(paper, 'abstractHtml', {
    get: () => readFileSync(stored.abstractFile, 'utf8'),
    enumerable: false,
  }) as Paper & StoredPaper;
}

/** Deletes the files in `dir` that hold none of the given abstracts, such as those of edited or removed papers. */
export function removeUnusedAbstracts(dir: string, used: ReadonlySet<string>): number {
  if (!existsSync(dir)) return 0;

  let removed = 0;
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (used.has(file)) continue;
    rmSync(file, { force: true });
    removed++;
  }
  return removed;
}
