import { escapeXml } from './xml-text.ts';

/** One feed as an OPML outline entry. */
export interface OpmlFeed {
  title: string;
  /** Absolute URL of the feed. */
  feedUrl: string;
  /** Absolute URL of the page the feed follows. */
  pageUrl: string;
}

/** A subscription list: the site feed first, then a folder of topic feeds. */
export interface OpmlDocument {
  title: string;
  /** Date the list was last changed, for `<dateCreated>`; left out when undefined. */
  date?: Date;
  siteFeed: OpmlFeed;
  /** Name of the folder that contains the topic feeds, for readers that import folders as categories. */
  topicsFolder: string;
  topicFeeds: readonly OpmlFeed[];
}

/**
 * Renders an OPML 2.0 subscription list that feed readers import in one step. Topic feeds sit in one folder, which
 * readers turn into a category; the folder is left out when there are no topic feeds.
 */
export function renderOpml(document: OpmlDocument): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeXml(document.title)}</title>`,
    ...(document.date === undefined ? [] : [`    <dateCreated>${document.date.toUTCString()}</dateCreated>`]),
    '    <docs>http://opml.org/spec2.opml</docs>',
    '  </head>',
    '  <body>',
    `    ${outline(document.siteFeed)}`,
  ];

  if (document.topicFeeds.length > 0) {
    const folder = escapeXml(document.topicsFolder);
    lines.push(`    <outline text="${folder}" title="${folder}">`);
    for (const feed of document.topicFeeds) lines.push(`      ${outline(feed)}`);
    lines.push('    </outline>');
  }

  lines.push('  </body>', '</opml>', '');
  return lines.join('\n');
}

function outline(feed: OpmlFeed): string {
  const title = escapeXml(feed.title);
  return `<outline type="rss" version="RSS2" text="${title}" title="${title}" xmlUrl="${escapeXml(feed.feedUrl)}" htmlUrl="${escapeXml(feed.pageUrl)}"/>`;
}
