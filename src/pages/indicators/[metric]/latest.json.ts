/**
 * /indicators/<metric>/latest.json: the metric's latest values, which a report page's popover for the
 * metric loads when it opens (src/components/figures/FactPopovers.astro). One file a metric, the same for
 * every report page, so no page carries the values of other reports.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { latestValues } from '../../../lib/figures/popover.ts';
import { getObservations } from '../../../lib/indicators.ts';
import { REGISTRY } from '../../../lib/facts/registry.ts';

export const getStaticPaths = (() =>
  REGISTRY.metrics.map((metric) => ({ params: { metric: metric.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(latestValues(await getObservations(), params.metric ?? '')), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
