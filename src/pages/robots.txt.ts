import type { APIRoute } from 'astro';
import { urls } from '../site.ts';

/** Allows every crawler everywhere and points them at the sitemap index that `@astrojs/sitemap` writes. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${urls.absolute(urls.file('sitemap-index.xml'))}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
