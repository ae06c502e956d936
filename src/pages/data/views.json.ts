/**
 * /data/views.json: for each metric and year, the page of the data table holding that metric's rows of
 * the year, so the filter form opens it (a metric in a year it has no figure for has none).
 */
import type { APIRoute } from 'astro';
import { dataViewPages, metricYearPaths } from '../../lib/data-views.ts';
import { getObservations } from '../../lib/indicators.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(metricYearPaths(dataViewPages(await getObservations()))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
