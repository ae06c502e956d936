/**
 * `npm run bench:charts`: what drawing the site's charts costs, and which server-side DOM draws them
 * fastest. Draws every distinct chart of the real reports (the build's catalog) at every size and scheme
 * with linkedom and with happy-dom, several rounds each, alternating, and prints per-drawing medians and
 * the ratio; then times the whole file set of a chart (drawings, PNG, share card) as the build makes it.
 */
import { availableParallelism, cpus } from 'node:os';
import { Window } from 'happy-dom';
import { chartCatalog } from '../../src/charts/catalog.ts';
import { chartFiles } from '../../src/lib/charts/files.ts';
import { linkedomDocument, renderSvg, type DocumentFactory } from '../../src/lib/charts/render.ts';
import { SIZES, THEMES } from '../../src/lib/charts/theme.ts';
import { observationsFromFiles } from '../../src/lib/facts/from-files.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const entries = chartCatalog(observationsFromFiles('content/reports'));
const happyDocument: DocumentFactory = () => new Window().document as unknown as Document;
const doms: Record<string, DocumentFactory> = { linkedom: linkedomDocument, 'happy-dom': happyDocument };

/** Milliseconds to draw every chart at every size and scheme with one DOM. */
function drawAll(createDocument: DocumentFactory): number {
  const start = performance.now();
  for (const entry of entries)
    for (const size of SIZES)
      for (const theme of Object.values(THEMES))
        renderSvg(
          entry.chart.plot(entry.data, size.width),
          { id: entry.key, title: entry.chart.title, description: '' },
          theme,
          createDocument,
        );
  return performance.now() - start;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const drawings = entries.length * SIZES.length * Object.keys(THEMES).length;
const times: Record<string, number[]> = { linkedom: [], 'happy-dom': [] };
for (const factory of Object.values(doms)) drawAll(factory); // warm-up
for (let round = 0; round < ROUNDS; round++)
  for (const [name, factory] of Object.entries(doms)) times[name]?.push(drawAll(factory));

console.log(`${new Date().toISOString()} · ${cpus()[0]?.model ?? '?'} · ${availableParallelism()} cores`);
console.log(`${entries.length} distinct charts, ${drawings} drawings per build, ${ROUNDS} rounds\n`);
console.log('| DOM | all drawings (median) | per drawing |');
console.log('| --- | --- | --- |');
for (const [name, list] of Object.entries(times))
  console.log(`| ${name} | ${median(list).toFixed(0)} ms | ${(median(list) / drawings).toFixed(2)} ms |`);
console.log(
  `\nhappy-dom / linkedom: ${(median(times['happy-dom'] ?? []) / median(times.linkedom ?? [])).toFixed(2)} ×`,
);

const site = { title: 'bench', url: (path: string) => `https://example.org${path}`, dates: new Map() };
const start = performance.now();
let bytes = 0;
for (const entry of entries)
  for (const file of await chartFiles(entry, site))
    bytes += typeof file.body === 'string' ? Buffer.byteLength(file.body) : file.body.length;
const total = performance.now() - start;
console.log(
  `\nevery file of every chart (6 drawings, PNG, share card, CSV, citation): ${(total / 1000).toFixed(1)} s, ` +
    `${(total / entries.length).toFixed(0)} ms a chart, ${(bytes / 1e6).toFixed(1)} MB`,
);
