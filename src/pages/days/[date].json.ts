import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteModel } from '../../data/site-data.ts';
import { buildDayExport } from '../../lib/exports/papers-export.ts';
import type { Day } from '../../lib/site/model.ts';
import { urls } from '../../site.ts';

export const getStaticPaths = (async () => {
  const { days } = await getSiteModel();
  return days.map((day) => ({ params: { date: day.date }, props: { day } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ day: Day }> = ({ props }) => Response.json(buildDayExport(props.day.date, props.day.papers, urls));
