import { getRssString, type RSSOptions } from '@astrojs/rss';
import type { SiteUrls } from '../site/urls.ts';
import type { FeedItem } from './rss-items.ts';
import { escapeXml, toXmlText } from './xml-text.ts';

/** Channel elements that differ between the site feed and a topic feed. */
export interface FeedChannel {
  title: string;
  description: string;
  /** Root-relative path of the page the feed follows, such as the home page or a topic page. */
  pagePath: string;
  /** Root-relative path of the feed itself, for its `atom:link rel="self"`. */
  feedPath: string;
}

/** Channel image: a file in `public/`. RSS 2.0 allows at most 144 × 400 pixels. */
export const FEED_IMAGE = { file: 'feed-image.png', width: 144, height: 144 } as const;

/** Value of the channel's `<generator>`. */
export const FEED_GENERATOR = 'Papers static site generator, with @astrojs/rss';

const NAMESPACES = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
};

/**
 * Builds the `@astrojs/rss` options of one feed.
 *
 * `lastBuildDate` is the newest item's date, never the build clock, so that the same dumps give the same feed and
 * readers see no change when nothing was added. It is left out of a feed without items.
 */
export function buildRssOptions(channel: FeedChannel, items: readonly FeedItem[], urls: SiteUrls): RSSOptions {
  const pageUrl = urls.absolute(channel.pagePath);
  // One line with single spaces, because @astrojs/rss parses `customData` with whitespace trimmed, and the image
  // title there must equal this one.
  const title = toXmlText(channel.title).replace(/\s+/g, ' ').trim();
  const newest = newestDate(items);

  const customData = [
    '<language>en</language>',
    newest === undefined ? '' : `<lastBuildDate>${newest.toUTCString()}</lastBuildDate>`,
    `<generator>${escapeXml(FEED_GENERATOR)}</generator>`,
    `<atom:link href="${escapeXml(urls.absolute(channel.feedPath))}" rel="self" type="application/rss+xml"/>`,
    '<image>',
    `<url>${escapeXml(urls.absolute(urls.file(FEED_IMAGE.file)))}</url>`,
    // RSS 2.0 requires the image's title and link to match the channel's.
    `<title>${escapeXml(title)}</title>`,
    `<link>${escapeXml(pageUrl)}</link>`,
    `<width>${FEED_IMAGE.width}</width>`,
    `<height>${FEED_IMAGE.height}</height>`,
    '</image>',
  ].join('');

  return {
    title,
    description: toXmlText(channel.description),
    site: pageUrl,
    items: [...items],
    // A copy, because @astrojs/rss deletes the `content` entry from the object it is given.
    xmlns: { ...NAMESPACES },
    customData,
    // A root-relative path, because browsers apply a stylesheet only from the feed's own origin.
    stylesheet: urls.feedStylesheet(),
    trailingSlash: true,
  };
}

/** Renders one feed as an RSS 2.0 document. */
export function renderRss(channel: FeedChannel, items: readonly FeedItem[], urls: SiteUrls): Promise<string> {
  return getRssString(buildRssOptions(channel, items, urls));
}

function newestDate(items: readonly FeedItem[]): Date | undefined {
  let newest: Date | undefined;
  for (const item of items) {
    if (newest === undefined || item.pubDate > newest) newest = item.pubDate;
  }
  return newest;
}
