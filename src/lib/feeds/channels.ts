import { toUtcDate } from '../site/dates.ts';
import type { SitePaper, TopicRef } from '../site/model.ts';
import type { SiteUrls } from '../site/urls.ts';
import type { OpmlDocument, OpmlFeed } from './opml.ts';
import type { FeedChannel } from './rss-feed.ts';

/** Names the site gives itself in feeds. */
export interface SiteIdentity {
  title: string;
  description: string;
}

/** Channel of the site feed, which follows the home page. */
export function siteFeedChannel(site: SiteIdentity, urls: SiteUrls): FeedChannel {
  return { title: site.title, description: site.description, pagePath: urls.home(), feedPath: urls.feed() };
}

/**
 * Channel of a topic feed, which follows the topic page.
 *
 * @example topicFeedChannel({ slug: 'video', name: 'Video' }, site, urls).title === 'Papers: Video'
 */
export function topicFeedChannel(topic: TopicRef, site: SiteIdentity, urls: SiteUrls): FeedChannel {
  return {
    title: `${site.title}: ${topic.name}`,
    description: `Trending machine-learning papers on ${topic.name}, newest first, with full abstracts.`,
    pagePath: urls.topic(topic.slug),
    feedPath: urls.topicFeed(topic.slug),
  };
}

/**
 * Builds the subscription list of every feed the site has: the site feed and one feed per topic, in the order
 * given. Its date is the newest paper's first listing day, so it changes only when the papers do.
 */
export function buildOpmlDocument(
  site: SiteIdentity,
  topics: readonly TopicRef[],
  newestPaper: SitePaper | undefined,
  urls: SiteUrls,
): OpmlDocument {
  const toOpmlFeed = (channel: FeedChannel): OpmlFeed => ({
    title: channel.title,
    feedUrl: urls.absolute(channel.feedPath),
    pageUrl: urls.absolute(channel.pagePath),
  });
  const newestDate = newestPaper?.dates[0];

  return {
    title: `${site.title}: all feeds`,
    ...(newestDate === undefined ? {} : { date: toUtcDate(newestDate) }),
    siteFeed: toOpmlFeed(siteFeedChannel(site, urls)),
    topicsFolder: `${site.title} topics`,
    topicFeeds: topics.map((topic) => toOpmlFeed(topicFeedChannel(topic, site, urls))),
  };
}
