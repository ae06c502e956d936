/**
 * The two PNG images of every distinct chart (`/charts/<key>/<key>.png` and its share card). They are
 * a route of their own, with the folder as a parameter, for one reason: Astro builds routes whose first
 * segment is fixed (every other page) before those whose first segment is a parameter, so these files
 * are written last. The chart's other files (`/charts/[key]/[file]`) ask the PNG worker for both images
 * when they draw the chart; the worker then renders them while the build writes every other page, and
 * the build waits here only for what is left, instead of for each chart's images in turn.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartCatalog } from '../../../charts/catalog.ts';
import { chartSite } from '../../../charts/site.ts';
import { cachedChartFile, imageNames } from '../../../lib/charts/files.ts';
import type { ChartEntry } from '../../../lib/charts/view.ts';
import { getObservations } from '../../../lib/indicators.ts';

export const getStaticPaths = (async () =>
  chartCatalog(await getObservations()).flatMap((entry) =>
    imageNames(entry.key).map((image) => ({
      params: { section: 'charts', key: entry.key, image },
      props: { entry },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ChartEntry }> = async ({ params, props, site }) => {
  const file = await cachedChartFile(props.entry, await chartSite(site), params.image ?? '');
  if (!file) return new Response(null, { status: 404 });
  return new Response(file.body, { headers: { 'Content-Type': file.type } });
};
