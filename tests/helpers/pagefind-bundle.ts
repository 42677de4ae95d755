import { decode } from 'cborg';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * A Pagefind 1.6 bundle decoded into a form that does not depend on page numbers, which follow the order pages were
 * added in. Every page is named by its fragment hash instead, so two bundles of the same records compare equal.
 */
export interface DecodedBundle {
  /** Fragment JSON (URL, content, word count, metadata, filters) by fragment hash. */
  fragments: Record<string, unknown>;
  /** Per indexed word and per variant spelling of a word: one `<fragment hash> <locations>` entry per page, sorted. */
  words: Record<string, string[]>;
  /** Per `<filter>=<value>`: fragment hashes of the pages with that value, sorted. */
  filters: Record<string, string[]>;
  /** Per sort key: the metadata value of the same name of each page, in the bundle's sort order. */
  sorts: Record<string, string[]>;
}

/** Pagefind files are gzip-compressed and start with this signature once decompressed. */
const SIGNATURE = 'pagefind_dcd';

function readPagefindFile(path: string): Buffer {
  const data = gunzipSync(readFileSync(path));
  if (data.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error(`${path} is no Pagefind file.`);
  return data.subarray(SIGNATURE.length);
}

function readCbor(path: string): unknown {
  return decode(readPagefindFile(path), { useMaps: false });
}

function asArray(value: unknown, description: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`Expected an array for ${description}, got ${JSON.stringify(value)}.`);
  return value;
}

/** Returns `<fragment hash> <locations>` for each page of a word, sorted. */
function readWordPages(pages: unknown, hashOf: (pageNumber: number) => string): string[] {
  let pageNumber = 0;
  const hits: string[] = [];
  // Page numbers are stored as differences from the previous page of the same word.
  for (const page of asArray(pages, 'the pages of a word')) {
    const [delta, ...locations] = asArray(page, 'a page of a word');
    pageNumber += Number(delta);
    hits.push(`${hashOf(pageNumber)} ${JSON.stringify(locations)}`);
  }
  return hits.toSorted();
}

/** Decodes the bundle in `bundleDir` (the folder with `pagefind-entry.json`) for its single language. */
export function decodeBundle(bundleDir: string): DecodedBundle {
  const metaFiles = readdirSync(bundleDir).filter((name) => name.endsWith('.pf_meta'));
  if (metaFiles.length !== 1) throw new Error(`Expected one .pf_meta file in ${bundleDir}, found ${metaFiles.length}.`);
  const [, pageList, chunkList, filterList, sortList] = asArray(readCbor(join(bundleDir, metaFiles[0] ?? '')), 'the metadata');
  const pageHashes = asArray(pageList, 'the page list').map((page) => String(asArray(page, 'a page')[0]));
  const hashOf = (pageNumber: number): string => pageHashes[Number(pageNumber)] ?? `missing page ${pageNumber}`;

  const fragments: DecodedBundle['fragments'] = {};
  for (const hash of pageHashes) {
    fragments[hash] = JSON.parse(readPagefindFile(join(bundleDir, 'fragment', `${hash}.pf_fragment`)).toString('utf8'));
  }

  const words: DecodedBundle['words'] = {};
  for (const chunk of asArray(chunkList, 'the index chunks')) {
    const chunkHash = String(asArray(chunk, 'an index chunk')[2]);
    const [entries] = asArray(readCbor(join(bundleDir, 'index', `${chunkHash}.pf_index`)), 'an index chunk file');
    for (const entry of asArray(entries, 'the words of a chunk')) {
      const [word, pages, variants] = asArray(entry, 'a word');
      words[String(word)] = readWordPages(pages, hashOf);
      // Variants are other spellings that stem to the same word, such as accented forms, with pages of their own.
      for (const variant of asArray(variants, 'the variants of a word')) {
        const [spelling, variantPages] = asArray(variant, 'a variant');
        words[`${String(word)} variant ${String(spelling)}`] = readWordPages(variantPages, hashOf);
      }
    }
  }

  const filters: DecodedBundle['filters'] = {};
  for (const filter of asArray(filterList, 'the filter list')) {
    const [, filterHash] = asArray(filter, 'a filter');
    const [name, values] = asArray(readCbor(join(bundleDir, 'filter', `${String(filterHash)}.pf_filter`)), 'a filter file');
    for (const value of asArray(values, 'the values of a filter')) {
      const [text, pages] = asArray(value, 'a filter value');
      filters[`${String(name)}=${String(text)}`] = asArray(pages, 'the pages of a filter value').map((page) => hashOf(Number(page))).toSorted();
    }
  }

  const sorts: DecodedBundle['sorts'] = {};
  for (const sort of asArray(sortList, 'the sort list')) {
    const [name, pages] = asArray(sort, 'a sort');
    sorts[String(name)] = asArray(pages, 'the pages of a sort').map((page) => {
      const fragment = fragments[hashOf(Number(page))];
      const meta = typeof fragment === 'object' && fragment !== null && 'meta' in fragment ? fragment.meta : undefined;
      return typeof meta === 'object' && meta !== null ? String(Reflect.get(meta, String(name))) : '';
    });
  }

  return { fragments, words, filters, sorts };
}
