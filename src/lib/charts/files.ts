/**
 * Every file of one distinct chart, rendered once per build: the SVG drawings for each column width and
 * colour scheme (what `<picture>` shows), a PNG, a 1080×1350 share card, the data as CSV, a citation as
 * CSL-JSON and the mark boxes the tooltips read. Pages link to these files and never inline a chart.
 */
import type { Observation } from '../facts/observations.ts';
import { memoize } from '../memo.ts';
import { CARD, cardSvg, type CardInput } from './card.ts';
import { describe } from './chart.ts';
import { citationBibtex, citationCsl, type CitationInput } from './cite.ts';
import { chartCsv } from './csv.ts';
import { svgToPng } from './png.ts';
import { drawSvg, type MarkBox, type RenderedSvg } from './render.ts';
import { sourceLine, sourceReports, type SourceReport } from './sources.ts';
import { SIZES, THEMES, applyTheme, type Size, type Theme } from './theme.ts';
import type { ChartEntry } from './view.ts';

/** What a chart's files need from the site: its name and addresses, and the reports' dates. */
export interface ChartSite {
  /** The site's full name. */
  title: string;
  /** An absolute URL of a site path (base path and address included). */
  url: (path: string) => string;
  /** Each report's publication date, by slug. */
  dates: ReadonlyMap<string, Date>;
}

/** One file: its name inside the chart's folder, media type and content. */
export interface ChartFile {
  name: string;
  type: string;
  body: string | Uint8Array<ArrayBuffer>;
}

/** The name of a drawing's file. */
export function drawingName(size: Size, theme: Theme): string {
  return `${size.name}-${theme.name}.svg`;
}

/** The names of the downloads every chart has, by what they are. */
export function downloadNames(key: string) {
  return {
    svg: drawingName(SIZES[2], THEMES.light),
    png: `${key}.png`,
    card: `${key}-card.png`,
    csv: `${key}.csv`,
    csl: `${key}.csl.json`,
    bib: `${key}.bib`,
    marks: 'marks.json',
  };
}

/** The names of a chart's two PNG images: the chart, and its share card. */
export function imageNames(key: string): string[] {
  const names = downloadNames(key);
  return [names.png, names.card];
}

/** The path of a chart's own page (its permalink), inside the site. */
export function chartPagePath(key: string): string {
  return `/charts/${key}/`;
}

/** The citation of a chart entry. */
export function citationOf(entry: ChartEntry, site: ChartSite, sources: SourceReport[]): CitationInput {
  return {
    key: entry.key,
    title: entry.chart.title,
    site: site.title,
    url: site.url(chartPagePath(entry.key)),
    sources,
  };
}

/** The drawing of a chart at a size, its colours still tokens, titled as the page titles it. */
function draw(entry: ChartEntry, size: Size, description: string, title: string) {
  return drawSvg(entry.chart.plot(entry.data, size.width), {
    id: `${entry.key}-${size.name}`,
    title,
    description,
  });
}

/**
 * What a chart's share card prints: the title the page prints (the message when the figures state one,
 * the chart's name then leading the subtitle), the drawings, the source line and the way back.
 */
export function shareCard(
  entry: ChartEntry,
  site: ChartSite,
  parts: { message: string | undefined; drawings: RenderedSvg[]; sources: SourceReport[] },
): CardInput {
  const { message, drawings, sources } = parts;
  return {
    title: message ?? entry.chart.title,
    subtitle: message ? `${entry.chart.title}。${entry.chart.caption}` : entry.chart.caption,
    drawings,
    source: `数据来源：${sourceLine(sources)}`,
    site: site.title,
    address: site
      .url('/')
      .replace(/^https?:\/\//, '')
      .replace(/\/$/, ''),
    url: site.url(chartPagePath(entry.key)),
    theme: THEMES.light,
  };
}

/**
 * A chart's files in two parts: those drawn at once on the calling thread (the SVG drawings, the mark
 * boxes, the data and the citations), and the two PNG images, which the PNG worker draws meanwhile.
 */
export interface ChartFileSet {
  files: ChartFile[];
  images: Promise<ChartFile[]>;
}

/** Every file of a chart: the drawings at once, the images when the PNG worker has drawn them. */
export function chartFileSet(entry: ChartEntry, site: ChartSite): ChartFileSet {
  const names = downloadNames(entry.key);
  const description = describe(entry.data);
  // The title the page prints (ChartFigure): the drawings, the PNG and the share card say the same.
  const message = entry.chart.message?.(entry.data, site.dates);
  const files: ChartFile[] = [];
  const marks: Record<string, MarkBox[]> = {};
  const light: RenderedSvg[] = [];
  let desktop: RenderedSvg | undefined;
  for (const size of SIZES) {
    const tokens = draw(entry, size, description, message ?? entry.chart.title);
    for (const theme of Object.values(THEMES)) {
      const drawing = { ...tokens, svg: applyTheme(tokens.svg, theme) };
      files.push({ name: drawingName(size, theme), type: 'image/svg+xml', body: drawing.svg });
      if (theme.name === 'light') {
        marks[size.name] = drawing.marks;
        light.push(drawing);
      }
      if (theme.name === 'light' && size === SIZES[2]) desktop = drawing;
    }
  }
  if (!desktop) throw new Error(`chart ${entry.key}: no desktop drawing`);
  const sources = sourceReports(entry.data, site.dates);
  const card = shareCard(entry, site, { message, drawings: light, sources });
  files.push(
    { name: names.marks, type: 'application/json', body: JSON.stringify(marks) },
    { name: names.csv, type: 'text/csv; charset=utf-8', body: chartCsv(entry.data, site.url) },
    { name: names.csl, type: 'application/json', body: citationCsl(citationOf(entry, site, sources)) },
    {
      name: names.bib,
      type: 'application/x-bibtex; charset=utf-8',
      body: `${citationBibtex(citationOf(entry, site, sources))}\n`,
    },
  );
  // Both images at once, on the PNG worker's thread, while the build goes on drawing other charts.
  const images = Promise.all([
    svgToPng(desktop.svg, 2 * desktop.width, '#ffffff'),
    svgToPng(cardSvg(card), CARD.width, undefined, card.title + site.title),
  ]).then(([png, cardPng]): ChartFile[] => [
    { name: names.png, type: 'image/png', body: png },
    { name: names.card, type: 'image/png', body: cardPng },
  ]);
  // Whoever asks for an image sees a failure; until then it must not count as unhandled.
  images.catch(() => undefined);
  return { files, images };
}

/** Every file of a chart, the images last. */
export async function chartFiles(entry: ChartEntry, site: ChartSite): Promise<ChartFile[]> {
  const set = chartFileSet(entry, site);
  return [...set.files, ...(await set.images)];
}

/**
 * The size of each drawing, from the chart's Plot options (no rendering); once per entry, which every
 * page showing the chart shares (src/lib/charts/view.ts).
 */
export const drawingSizes = memoize((entry: ChartEntry): { size: Size; width: number; height: number }[] =>
  SIZES.map((size) => {
    const options = entry.chart.plot(entry.data, size.width);
    return { size, width: options.width ?? size.width, height: options.height ?? 400 };
  }),
);

const cache = new Map<string, ChartFileSet>();

/**
 * The files of a chart, drawn on first request and reused for every other file and page of the build.
 * The cache key holds the figures, so an edited report gets new drawings in `astro dev`.
 */
export function cachedChartFiles(entry: ChartEntry, site: ChartSite): ChartFileSet {
  const key = `${entry.key}|${JSON.stringify(entry.data.map((o: Observation) => [o.href, o.value]))}`;
  let set = cache.get(key);
  if (!set) {
    set = chartFileSet(entry, site);
    cache.set(key, set);
  }
  return set;
}

/** The file called `name` of a chart, waiting for the PNG worker only when it is an image. */
export async function cachedChartFile(
  entry: ChartEntry,
  site: ChartSite,
  name: string,
): Promise<ChartFile | undefined> {
  const set = cachedChartFiles(entry, site);
  return (
    set.files.find((file) => file.name === name) ?? (await set.images).find((file) => file.name === name)
  );
}
