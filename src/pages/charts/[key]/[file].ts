/**
 * The files of every distinct chart but its two PNG images (drawings, CSV, citation, mark boxes),
 * rendered once per chart per build: the first file asked for draws them all and starts the images on
 * the PNG worker, the others reuse them. The images are `src/pages/[section]/[key]/[image].ts`, built
 * after every other page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartCatalog } from '../../../charts/catalog.ts';
import { chartSite } from '../../../charts/site.ts';
import { cachedChartFile, downloadNames, drawingName, imageNames } from '../../../lib/charts/files.ts';
import { SIZES, THEMES } from '../../../lib/charts/theme.ts';
import type { ChartEntry } from '../../../lib/charts/view.ts';
import { getObservations } from '../../../lib/indicators.ts';

export const getStaticPaths = (async () => {
  const entries = chartCatalog(await getObservations());
  return entries.flatMap((entry) => {
    const images = new Set(imageNames(entry.key));
    const names = [
      ...SIZES.flatMap((size) => Object.values(THEMES).map((theme) => drawingName(size, theme))),
      ...Object.values(downloadNames(entry.key)),
    ].filter((name) => !images.has(name));
    return [...new Set(names)].map((file) => ({ params: { key: entry.key, file }, props: { entry } }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ChartEntry }> = async ({ params, props, site }) => {
  const file = await cachedChartFile(props.entry, await chartSite(site), params.file ?? '');
  if (!file) return new Response(null, { status: 404 });
  return new Response(file.body, { headers: { 'Content-Type': file.type } });
};
