import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteModel } from '../../data/site-data.ts';
import { buildDayExport, type DayExport } from '../../lib/exports/papers-export.ts';
import { cacheKey } from '../../lib/site/cache-keys.ts';
import { urls } from '../../site.ts';

export const getStaticPaths = (async () => {
  const { days } = await getSiteModel();
  return days.map((day) => {
    // The export is the whole file, so it is its own cache key. Related papers are not exported, so their changes do not count.
    const dayExport = buildDayExport(day.date, day.papers, urls);
    return { params: { date: day.date }, props: { dayExport }, cacheKey: cacheKey(dayExport) };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ dayExport: DayExport }> = ({ props }) => Response.json(props.dayExport);
