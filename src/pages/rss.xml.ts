import type { APIRoute } from 'astro';
import { getSiteModel } from '../data/site-data.ts';
import { siteFeedChannel } from '../lib/feeds/channels.ts';
import { renderRss } from '../lib/feeds/rss-feed.ts';
import { createFeedItemCache } from '../lib/feeds/rss-items.ts';
import { config, SITE_DESCRIPTION, SITE_TITLE, urls } from '../site.ts';

const feedItem = createFeedItemCache(urls);

/** Renders the site feed: the newest papers, up to `FEED_ITEM_LIMIT`. */
export const GET: APIRoute = async () => {
  const { papers } = await getSiteModel();
  const items = papers.slice(0, config.feedItemLimit).map(feedItem);

  const xml = await renderRss(siteFeedChannel({ title: SITE_TITLE, description: SITE_DESCRIPTION }, urls), items, urls);
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
