import type { APIRoute, GetStaticPaths } from 'astro';
import { exportJsonSchemas } from '../../lib/exports/papers-export.ts';

export const getStaticPaths = (() => {
  const schemas = exportJsonSchemas();
  return [
    { params: { name: 'papers' }, props: { schema: schemas.papers } },
    { params: { name: 'day' }, props: { schema: schemas.day } },
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ schema: unknown }> = ({ props }) => Response.json(props.schema);
