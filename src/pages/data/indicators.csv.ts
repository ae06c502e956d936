/** /data/indicators.csv: every observation as CSV, UTF-8 with a byte-order mark for Excel. */
import type { APIRoute } from 'astro';
import { datasetRows, toCsv } from '../../lib/facts/dataset.ts';
import { getObservations } from '../../lib/indicators.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(toCsv(datasetRows(await getObservations(), site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
