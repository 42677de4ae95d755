import type { APIRoute } from 'astro';
import { getSiteModel } from '../data/site-data.ts';
import { buildOpmlDocument } from '../lib/feeds/channels.ts';
import { renderOpml } from '../lib/feeds/opml.ts';
import { SITE_DESCRIPTION, SITE_TITLE, urls } from '../site.ts';

/** Renders every feed of the site as one OPML subscription list. */
export const GET: APIRoute = async () => {
  const { papers, topics } = await getSiteModel();

  const opml = renderOpml(buildOpmlDocument({ title: SITE_TITLE, description: SITE_DESCRIPTION }, topics, papers[0], urls));
  return new Response(opml, { headers: { 'Content-Type': 'text/x-opml; charset=utf-8' } });
};
