import { toUtcDate } from '../site/dates.ts';
import type { SitePaper } from '../site/model.ts';
import type { SiteUrls } from '../site/urls.ts';
import { renderFeedContent } from './feed-content.ts';
import { toXmlText } from './xml-text.ts';

/** One RSS item, in the shape `@astrojs/rss` takes. */
export interface FeedItem {
  title: string;
  /**
   * Canonical URL of the paper page, absolute and with the base path. It is also the item's guid, so it depends on
   * the paper's slug alone: readers use the guid to tell new items from ones they have shown.
   */
  link: string;
  /** First listing day, midnight UTC. */
  pubDate: Date;
  /** Full plain-text abstract, paragraphs separated by a blank line. */
  description: string;
  /** Abstract, links and topics as HTML, for `content:encoded`. */
  content: string;
  /** Topic names, one `<category>` each. */
  categories: string[];
}

/** Builds the feed item of a paper, mapping each field on purpose. Throws when the paper has no listing day. */
export function buildFeedItem(paper: SitePaper, urls: SiteUrls): FeedItem {
  const firstDate = paper.dates[0];
  if (firstDate === undefined) throw new Error(`The paper "${paper.slug}" has no listing day, so its feed item has no date.`);

  return {
    title: toXmlText(paper.title),
    link: urls.absolute(urls.paper(paper.slug)),
    pubDate: toUtcDate(firstDate),
    description: toXmlText(paper.abstract),
    content: renderFeedContent(paper, urls),
    categories: paper.topics.map((topic) => toXmlText(topic.name)),
  };
}

/**
 * Creates a feed item builder that renders each paper once, however many feeds (the site feed and its topics' feeds)
 * list it. Papers are keyed by slug, which is unique within a build.
 */
export function createFeedItemCache(urls: SiteUrls): (paper: SitePaper) => FeedItem {
  const items = new Map<string, FeedItem>();
  return (paper) => {
    let item = items.get(paper.slug);
    if (item === undefined) {
      item = buildFeedItem(paper, urls);
      items.set(paper.slug, item);
    }
    return item;
  };
}

/** Maps papers to feed items in the order given. */
export function buildFeedItems(papers: readonly SitePaper[], urls: SiteUrls): FeedItem[] {
  return papers.map((paper) => buildFeedItem(paper, urls));
}
