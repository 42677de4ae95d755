import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { papersExportSchema } from '../exports/papers-export.ts';
import { countIndexedPages } from '../search/pagefind-entry.ts';

/** Counts taken by the post-build check of a built site. */
export interface SiteCounts {
  papers: number;
  paperPages: number;
  feedItems: number;
  searchRecords: number;
  htmlFiles: number;
  internalLinks: number;
}

/** Result of checking a built site: counts, and one line per problem found. */
export interface SiteCheck {
  counts: SiteCounts;
  problems: string[];
}

/** Limit on the problems listed per kind, so one systematic fault does not flood the log. */
const MAX_LISTED = 20;

/**
 * Checks a built site in `outDir`, served under `basePath`. Every paper in `papers.json` must have a page, the site
 * feed must hold the newest papers it has room for, and the Pagefind index must have one record per paper. Every
 * internal link and asset reference in the HTML files must resolve to a file.
 */
export function verifySite(outDir: string, basePath: string): SiteCheck {
  const problems: string[] = [];
  const papers = readPapers(outDir, problems);

  const paperPages = papers.filter((slug) => existsSync(join(outDir, 'papers', slug, 'index.html'))).length;
  for (const slug of papers.filter((slug) => !existsSync(join(outDir, 'papers', slug, 'index.html'))).slice(0, MAX_LISTED)) {
    problems.push(`missing page: papers/${slug}/index.html`);
  }

  const feedItems = checkFeed(outDir, basePath, papers, problems);
  const searchRecords = readSearchRecordCount(outDir, problems) + readShardRecordCount(outDir, problems);
  if (searchRecords !== papers.length) {
    problems.push(`the search index holds ${searchRecords} records for ${papers.length} papers`);
  }

  const { htmlFiles, internalLinks } = checkInternalLinks(outDir, basePath, problems);
  return { counts: { papers: papers.length, paperPages, feedItems, searchRecords, htmlFiles, internalLinks }, problems };
}

function readPapers(outDir: string, problems: string[]): string[] {
  const path = join(outDir, 'papers.json');
  if (!existsSync(path)) {
    problems.push('missing papers.json');
    return [];
  }

  const parsed = papersExportSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    problems.push(`papers.json does not match its schema: ${parsed.error.issues[0]?.message ?? 'unknown issue'}`);
    return [];
  }
  return parsed.data.papers.map((paper) => paper.id);
}

function checkFeed(outDir: string, basePath: string, papers: readonly string[], problems: string[]): number {
  const path = join(outDir, 'rss.xml');
  if (!existsSync(path)) {
    problems.push('missing rss.xml');
    return 0;
  }

  const xml = readFileSync(path, 'utf8');
  const itemLinks = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]*)<\/link>/g)].map((match) => match[1] ?? '');
  const itemSlugs = itemLinks.map((link) => slugFromPaperUrl(link, basePath));

  // papers.json is newest first, so a feed limited to N items must hold exactly its first N papers.
  const expected = papers.slice(0, itemLinks.length);
  const missing = expected.filter((slug) => !itemSlugs.includes(slug));
  for (const slug of missing.slice(0, MAX_LISTED)) problems.push(`rss.xml has no item for the paper ${slug}`);
  if (itemLinks.length === 0 && papers.length > 0) problems.push('rss.xml has no items');
  return itemLinks.length;
}

function slugFromPaperUrl(link: string, basePath: string): string | undefined {
  try {
    const { pathname } = new URL(link);
    const prefix = `${basePath}papers/`;
    return pathname.startsWith(prefix) ? decodeURIComponent(pathname.slice(prefix.length).replace(/\/$/, '')) : undefined;
  } catch {
    return undefined;
  }
}

function readSearchRecordCount(outDir: string, problems: string[], bundle = 'pagefind'): number {
  const path = join(outDir, bundle, 'pagefind-entry.json');
  if (!existsSync(path)) {
    problems.push(`missing ${bundle}/pagefind-entry.json`);
    return 0;
  }

  const count = countIndexedPages(JSON.parse(readFileSync(path, 'utf8')));
  if (count === undefined) problems.push(`${bundle}/pagefind-entry.json lists no languages`);
  return count ?? 0;
}

/** Sums the records of the extra search index shards that a large site writes to `pagefind/shard-<n>/`. */
function readShardRecordCount(outDir: string, problems: string[]): number {
  const pagefindDir = join(outDir, 'pagefind');
  if (!existsSync(pagefindDir)) return 0;

  let count = 0;
  for (const name of readdirSync(pagefindDir)) {
    if (/^shard-\d+$/.test(name)) count += readSearchRecordCount(outDir, problems, join('pagefind', name));
  }
  return count;
}

const REFERENCE = /\s(?:href|src)="([^"]*)"/g;

function checkInternalLinks(outDir: string, basePath: string, problems: string[]): { htmlFiles: number; internalLinks: number } {
  let htmlFiles = 0;
  let internalLinks = 0;
  let listed = 0;
  // Every page repeats the header and footer links, so each root-relative reference and each target path is
  // resolved and looked up on disk once.
  const rootRelative = new Map<string, string | undefined>();
  const existing = new Map<string, boolean>();

  for (const file of listFiles(outDir)) {
    if (!file.endsWith('.html') || file.startsWith(`pagefind${sep}`)) continue;
    htmlFiles++;

    const pageUrl = new URL(`http://site.invalid${basePath}${relative(outDir, file).split(sep).join('/')}`);
    const html = readFileSync(join(outDir, file), 'utf8');
    for (const match of html.matchAll(REFERENCE)) {
      const reference = decodeEntities(match[1] ?? '');
      const cacheable = reference.startsWith('/') && !reference.startsWith('//');
      if (cacheable && !rootRelative.has(reference)) rootRelative.set(reference, resolveInternal(reference, pageUrl));
      const target = cacheable ? rootRelative.get(reference) : resolveInternal(reference, pageUrl);
      if (target === undefined) continue;
      internalLinks++;

      const underBase = target.startsWith(basePath);
      if (underBase && !existing.has(target)) existing.set(target, existsInSite(outDir, target.slice(basePath.length)));
      if (underBase && existing.get(target) === true) continue;
      if (listed++ >= MAX_LISTED) continue;
      const reason = underBase ? 'which does not exist' : `which is outside the base path ${basePath}`;
      problems.push(`${file.split(sep).join('/')} links to ${target}, ${reason}`);
    }
  }
  return { htmlFiles, internalLinks };
}

function listFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)))
    .sort();
}

/** Returns the decoded root-relative path that a same-site reference points to, or undefined for external references. */
function resolveInternal(reference: string, pageUrl: URL): string | undefined {
  if (reference === '' || reference.startsWith('#') || /^(?:mailto|tel|data|javascript):/i.test(reference)) return undefined;

  let url: URL;
  try {
    url = new URL(reference, pageUrl);
  } catch {
    return undefined;
  }
  if (url.origin !== pageUrl.origin) return undefined;
  return decodeURIComponent(url.pathname);
}

function existsInSite(outDir: string, path: string): boolean {
  const full = join(outDir, path);
  if (!existsSync(full)) return false;
  return statSync(full).isFile() || existsSync(join(full, 'index.html'));
}

function decodeEntities(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}
