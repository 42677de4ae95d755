import type { Paper } from '../ingest/load-seeds.ts';
import { toUtcDate } from '../site/dates.ts';
import type { SiteUrls } from '../site/urls.ts';

/** One RSS item, in the shape `@astrojs/rss` takes. */
export interface FeedItem {
  title: string;
  /** Absolute URL of the paper page; also the item's guid. */
  link: string;
  pubDate: Date;
  /** Full plain-text abstract. */
  description: string;
  /** Abstract as HTML, for `content:encoded`. */
  content: string;
}

// XML 1.0 forbids these characters, and @astrojs/rss 4 passes them through, which makes the feed invalid.
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes the characters XML 1.0 forbids, so that any text can go into a feed. */
export function toXmlText(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/** Maps papers to feed items, field by field, with absolute links built by the site's URL module. */
export function buildFeedItems(papers: readonly Paper[], urls: SiteUrls): FeedItem[] {
  return papers.map((paper) => ({
    title: toXmlText(paper.title),
    link: urls.absolute(urls.paper(paper.slug)),
    pubDate: toUtcDate(paper.dates[0] ?? '1970-01-01'),
    description: toXmlText(paper.abstract),
    content: toXmlText(paper.abstractHtml),
  }));
}
