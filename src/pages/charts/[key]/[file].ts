/**
 * The files of every distinct chart (drawings, PNG, share card, CSV, citation, mark boxes), rendered
 * once per chart per build: the first file asked for draws them all, the others reuse them. The PNGs
 * come after every chart's other files: the build draws the next charts while the PNG worker renders
 * the images of the first, instead of waiting for each chart's two images in turn.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartCatalog } from '../../../charts/catalog.ts';
import { chartSite } from '../../../charts/site.ts';
import { cachedChartFile, downloadNames, drawingName } from '../../../lib/charts/files.ts';
import { SIZES, THEMES } from '../../../lib/charts/theme.ts';
import type { ChartEntry } from '../../../lib/charts/view.ts';
import { getObservations } from '../../../lib/indicators.ts';

export const getStaticPaths = (async () => {
  const entries = chartCatalog(await getObservations());
  const paths = entries.flatMap((entry) => {
    const names = [
      ...SIZES.flatMap((size) => Object.values(THEMES).map((theme) => drawingName(size, theme))),
      ...Object.values(downloadNames(entry.key)),
    ];
    return [...new Set(names)].map((file) => ({ params: { key: entry.key, file }, props: { entry } }));
  });
  const isImage = (path: { params: { file: string } }) => path.params.file.endsWith('.png');
  return [...paths.filter((path) => !isImage(path)), ...paths.filter(isImage)];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ChartEntry }> = async ({ params, props, site }) => {
  const file = await cachedChartFile(props.entry, await chartSite(site), params.file ?? '');
  if (!file) return new Response(null, { status: 404 });
  return new Response(file.body, { headers: { 'Content-Type': file.type } });
};
