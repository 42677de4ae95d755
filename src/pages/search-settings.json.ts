import type { APIRoute } from 'astro';
import { getSearchSettings } from '../data/site-data.ts';

export const GET: APIRoute = async () => Response.json(await getSearchSettings());
