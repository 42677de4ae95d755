import type { APIRoute } from 'astro';
import { getSiteModel } from '../data/site-data.ts';
import { buildPapersExport } from '../lib/exports/papers-export.ts';
import { urls } from '../site.ts';

export const GET: APIRoute = async () => {
  const { papers } = await getSiteModel();
  return Response.json(buildPapersExport(papers, urls));
};
