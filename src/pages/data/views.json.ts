/**
 * /data/views.json: the years each metric has rows in, so the data table's filter form opens only views
 * that exist (a metric in a year it has no figure for has no page). Fetched when a reader combines both.
 */
import type { APIRoute } from 'astro';
import { viewChoices } from '../../lib/data-views.ts';
import { getObservations } from '../../lib/indicators.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(viewChoices(await getObservations()).metricYears), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
