import { z } from 'zod';
import type { SitePaper } from '../site/model.ts';
import type { SiteUrls } from '../site/urls.ts';

const linkSchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  kind: z.enum(['code', 'model', 'dataset', 'space', 'arxiv', 'pdf', 'project']),
});

/** One paper in the JSON exports. */
export const exportedPaperSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/).describe('Slug of the paper; stable across builds.'),
  url: z.url().describe('Absolute URL of the paper page.'),
  title: z.string().min(1),
  abstract: z.string().describe('Plain-text abstract, paragraphs separated by a blank line.'),
  dates: z.array(z.iso.date()).min(1).describe('Listing days, oldest first; the first one dates the paper.'),
  topics: z.array(z.object({ slug: z.string(), name: z.string() })),
  links: z.array(linkSchema),
});

/** `/papers.json`: every paper, newest first. */
export const papersExportSchema = z.object({
  version: z.literal(1),
  count: z.number().int().nonnegative(),
  papers: z.array(exportedPaperSchema),
});

/** `/days/<yyyy-mm-dd>.json`: the papers of one listing day, in the dump's order. */
export const dayExportSchema = z.object({
  version: z.literal(1),
  date: z.iso.date(),
  url: z.url().describe('Absolute URL of the day page.'),
  count: z.number().int().nonnegative(),
  papers: z.array(exportedPaperSchema),
});

export type ExportedPaper = z.infer<typeof exportedPaperSchema>;
export type PapersExport = z.infer<typeof papersExportSchema>;
export type DayExport = z.infer<typeof dayExportSchema>;

/** Maps a paper to its export record, field by field. */
export function toExportedPaper(paper: SitePaper, urls: SiteUrls): ExportedPaper {
  return {
    id: paper.slug,
    url: urls.absolute(urls.paper(paper.slug)),
    title: paper.title,
    abstract: paper.abstract,
    dates: [...paper.dates],
    topics: paper.topics.map(({ slug, name }) => ({ slug, name })),
    links: paper.links.map(({ url, kind }) => ({ url, kind })),
  };
}

/** Builds the `/papers.json` document. */
export function buildPapersExport(papers: readonly SitePaper[], urls: SiteUrls): PapersExport {
  return { version: 1, count: papers.length, papers: papers.map((paper) => toExportedPaper(paper, urls)) };
}

/** Builds the `/days/<date>.json` document for one listing day. */
export function buildDayExport(date: string, papers: readonly SitePaper[], urls: SiteUrls): DayExport {
  return {
    version: 1,
    date,
    url: urls.absolute(urls.day(date)),
    count: papers.length,
    papers: papers.map((paper) => toExportedPaper(paper, urls)),
  };
}

/** JSON Schema (draft 2020-12) of both exports, published beside them for machine readers. */
export function exportJsonSchemas(): { papers: unknown; day: unknown } {
  return { papers: z.toJSONSchema(papersExportSchema), day: z.toJSONSchema(dayExportSchema) };
}
