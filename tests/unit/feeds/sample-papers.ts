import { toHtml } from 'hast-util-to-html';
import type { SitePaper, TopicRef } from '../../../src/lib/site/model.ts';

/** Fields a test sets; everything else gets a plain default. */
export interface SamplePaperFields {
  slug: string;
  title?: string;
  /** Paragraphs of the abstract. */
  paragraphs?: string[];
  /** Stored abstract HTML; by default the paragraphs as escaped `<p>` elements. */
  abstractHtml?: string;
  dates?: string[];
  topics?: TopicRef[];
  links?: SitePaper['links'];
}

/** Builds a site paper the way the site model hands it to the feed builder. */
export function samplePaper(fields: SamplePaperFields): SitePaper {
  const paragraphs = fields.paragraphs ?? [`Abstract of ${fields.slug}.`];
  return {
    slug: fields.slug,
    title: fields.title ?? `Title of ${fields.slug}`,
    abstract: paragraphs.join('\n\n'),
    abstractHtml: fields.abstractHtml ?? paragraphsToHtml(paragraphs),
    summary: paragraphs[0] ?? '',
    links: fields.links ?? [],
    hasMath: false,
    dates: fields.dates ?? ['2025-03-11'],
    sources: [{ file: '2025-03-11.txt', line: 1 }],
    topics: fields.topics ?? [],
    related: [],
  };
}

/** Renders paragraphs as `<p>` elements with escaped text, the shape of stored abstract HTML without links or math. */
export function paragraphsToHtml(paragraphs: readonly string[]): string {
  return toHtml({
    type: 'root',
    children: paragraphs.map((value) => ({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value }] })),
  });
}
