/** /data/README.md: the dataset's columns, units, qualifiers and sources, and how to cite it. */
import type { APIRoute } from 'astro';
import { datasetReadme } from '../../lib/facts/readme.ts';
import { REGISTRY } from '../../lib/facts/registry.ts';
import { getObservations } from '../../lib/indicators.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(datasetReadme(REGISTRY, await getObservations(), site?.href ?? ''), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
