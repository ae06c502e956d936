/**
 * The files of every distinct chart (drawings, PNG, share card, CSV, citation, mark boxes), rendered
 * once per chart per build: the first file asked for renders them all, the others reuse them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartCatalog } from '../../../charts/catalog.ts';
import { chartSite } from '../../../charts/site.ts';
import { cachedChartFiles, downloadNames, drawingName } from '../../../lib/charts/files.ts';
import { SIZES, THEMES } from '../../../lib/charts/theme.ts';
import type { ChartEntry } from '../../../lib/charts/view.ts';
import { getObservations } from '../../../lib/indicators.ts';

export const getStaticPaths = (async () => {
  const entries = chartCatalog(await getObservations());
  return entries.flatMap((entry) => {
    const names = [
      ...SIZES.flatMap((size) => Object.values(THEMES).map((theme) => drawingName(size, theme))),
      ...Object.values(downloadNames(entry.key)),
    ];
    return [...new Set(names)].map((file) => ({ params: { key: entry.key, file }, props: { entry } }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ChartEntry }> = async ({ params, props, site }) => {
  const files = await cachedChartFiles(props.entry, await chartSite(site));
  const file = files.find((candidate) => candidate.name === params.file);
  if (!file) return new Response(null, { status: 404 });
  return new Response(file.body, { headers: { 'Content-Type': file.type } });
};
