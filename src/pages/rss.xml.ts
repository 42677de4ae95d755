import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildFeedItems } from '../lib/feeds/rss-items.ts';
import { compareNewestFirst } from '../lib/ingest/load-seeds.ts';
import { SITE_DESCRIPTION, SITE_TITLE, urls } from '../site.ts';

export const GET: APIRoute = async () => {
  const papers = (await getCollection('papers')).map((entry) => entry.data).sort(compareNewestFirst);

  return rss({
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    site: urls.absolute(urls.home()),
    items: buildFeedItems(papers, urls),
    trailingSlash: true,
  });
};
