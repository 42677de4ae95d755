import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteModel } from '../../../data/site-data.ts';
import { topicFeedChannel } from '../../../lib/feeds/channels.ts';
import { renderRss } from '../../../lib/feeds/rss-feed.ts';
import { createFeedItemCache } from '../../../lib/feeds/rss-items.ts';
import { cacheKey } from '../../../lib/site/cache-keys.ts';
import type { Topic } from '../../../lib/site/model.ts';
import { config, SITE_DESCRIPTION, SITE_TITLE, urls } from '../../../site.ts';

export const getStaticPaths = (async () => {
  const { topics } = await getSiteModel();
  return topics.map((topic) => ({ params: { topic: topic.slug }, props: { topic }, cacheKey: cacheKey([topic.slug, topic.name, topic.papers.slice(0, config.feedItemLimit)]) }));
}) satisfies GetStaticPaths;

interface Props {
  topic: Topic;
}

// One cache for every topic feed, because a paper is listed under up to five topics.
const feedItem = createFeedItemCache(urls);

/** Renders a topic's feed: its newest papers, up to `FEED_ITEM_LIMIT`. */
export const GET: APIRoute<Props> = async ({ props }) => {
  const { topic } = props;
  const items = topic.papers.slice(0, config.feedItemLimit).map(feedItem);

  const channel = topicFeedChannel({ slug: topic.slug, name: topic.name }, { title: SITE_TITLE, description: SITE_DESCRIPTION }, urls);
  const xml = await renderRss(channel, items, urls);
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
