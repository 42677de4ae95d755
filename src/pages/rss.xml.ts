import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteModel } from '../data/site-data.ts';
import { buildFeedItems } from '../lib/feeds/rss-items.ts';
import { SITE_DESCRIPTION, SITE_TITLE, urls } from '../site.ts';

export const GET: APIRoute = async () => {
  const { papers } = await getSiteModel();

  return rss({
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    site: urls.absolute(urls.home()),
    items: buildFeedItems(papers, urls),
    trailingSlash: true,
  });
};
