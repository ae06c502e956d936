/** /data/indicators.json: every observation, one object per row (see /data/README.md). */
import type { APIRoute } from 'astro';
import { datasetRows } from '../../lib/facts/dataset.ts';
import { getObservations } from '../../lib/indicators.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(datasetRows(await getObservations(), site), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
