/**
 * Rendering Plot options to a standalone SVG file at build time, with a server-side DOM passed as Plot's
 * `document`. The file is shown as an image, so it carries everything itself: the xmlns, a viewBox, the
 * scheme's colours and the type as presentation attributes (no `style=""`, so a strict CSP holds), its
 * accessible name and description. Each mark's tooltip text is taken out of the file into a list of
 * mark boxes in viewBox units, which the page's script uses to place tooltips beside what they describe.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { declutter } from './declutter.ts';
import { FONT_FAMILY, applyTheme, fontSize, type Theme } from './theme.ts';

/** What the renderer needs besides the Plot options. */
export interface RenderMeta {
  /** The chart's id: prefix of every id in the SVG. */
  id: string;
  /** Accessible name. */
  title: string;
  /** Accessible description: what the chart shows, in words. */
  description: string;
}

/** A mark a reader can point at: its box in viewBox units and its tooltip. */
export interface MarkBox {
  x: number;
  y: number;
  w: number;
  h: number;
  tip: string;
}

/** A rendered chart file. */
export interface RenderedSvg {
  /** The markup, its colours still `var(--…)` tokens: `applyTheme` makes each scheme's file. */
  svg: string;
  width: number;
  height: number;
  marks: MarkBox[];
}

/** Escape text for an XML text node or attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[char]};`);
}

/** The sum of the `translate(x,y)` transforms of an element and its ancestors. */
function offset(element: Element | null): [number, number] {
  let x = 0;
  let y = 0;
  for (let node = element; node && node.tagName.toLowerCase() !== 'svg'; node = node.parentElement) {
    const match = /translate\(\s*([-\d.e]+)[\s,]+([-\d.e]+)\s*\)/.exec(node.getAttribute('transform') ?? '');
    if (match) {
      x += Number(match[1]);
      y += Number(match[2]);
    }
  }
  return [x, y];
}

/** The box of a titled mark (bar or dot), or undefined for shapes without simple geometry. */
function boxOf(mark: Element): Omit<MarkBox, 'tip'> | undefined {
  const number = (name: string) => Number(mark.getAttribute(name) ?? 0);
  const [dx, dy] = offset(mark);
  const tag = mark.tagName.toLowerCase();
  if (tag === 'rect')
    return { x: number('x') + dx, y: number('y') + dy, w: number('width'), h: number('height') };
  if (tag === 'circle') {
    const r = number('r') || 3;
    return { x: number('cx') + dx - r, y: number('cy') + dy - r, w: 2 * r, h: 2 * r };
  }
  return undefined;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** A fresh server-side document for Plot to draw into. */
export type DocumentFactory = () => Document;

/**
 * linkedom: measured against happy-dom on this workload (`npm run bench:charts`, docs/benchmarks.md),
 * it drew the site's charts faster; each chart is drawn once per build either way.
 */
export const linkedomDocument: DocumentFactory = () =>
  parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

/**
 * The SVG file of a chart. Colours stay tokens (`var(--chart-1)`, `var(--text)`) until `applyTheme`
 * fixes them for a scheme, so one drawing serves light and dark.
 */
export function drawSvg(
  options: Plot.PlotOptions,
  meta: RenderMeta,
  createDocument: DocumentFactory = linkedomDocument,
): RenderedSvg {
  const document = createDocument();
  const width = options.width ?? 640;
  const height = options.height ?? 400;
  const node = Plot.plot({ ...options, document });
  const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg');
  if (!svg) throw new Error(`chart ${meta.id}: Plot returned no <svg>`);
  const marks: MarkBox[] = [];
  for (const title of [...svg.querySelectorAll('title')]) {
    const mark = title.parentElement;
    const box = mark ? boxOf(mark) : undefined;
    if (box)
      marks.push({
        x: round(box.x),
        y: round(box.y),
        w: round(box.w),
        h: round(box.h),
        tip: title.textContent ?? '',
      });
    title.remove();
  }
  for (const style of [...svg.querySelectorAll('style')]) style.remove();
  svg.setAttribute('font-size', String(fontSize(width)));
  declutter(svg, width, height, fontSize(width));
  for (const element of [svg, ...svg.querySelectorAll('*')]) {
    element.removeAttribute('style');
    element.removeAttribute('class');
    // The chart is one image named by its title and description; Plot's labels on its mark groups
    // (aria-label="rule") say nothing to a reader.
    element.removeAttribute('aria-label');
    element.removeAttribute('aria-description');
  }
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${meta.id}-title`);
  svg.setAttribute('aria-describedby', `${meta.id}-desc`);
  svg.setAttribute('font-family', FONT_FAMILY);
  svg.setAttribute('color', 'var(--text)');
  svg.setAttribute('fill', 'var(--text)');
  const head = `<title id="${meta.id}-title">${escapeXml(meta.title)}</title><desc id="${meta.id}-desc">${escapeXml(meta.description)}</desc>`;
  const markup = svg.outerHTML
    .replace(/^(<svg[^>]*>)/, `$1${head}`)
    // Two decimals are a hundredth of a pixel: enough, and the files stay small.
    .replace(/="([^"]*)"/g, (_all, value: string) => `="${value.replace(/(\d+\.\d\d)\d+/g, '$1')}"`);
  return { svg: renumberIds(markup, meta.id), width, height, marks };
}

/** The SVG file of a chart, drawn for one colour scheme. */
export function renderSvg(
  options: Plot.PlotOptions,
  meta: RenderMeta,
  theme: Theme,
  createDocument: DocumentFactory = linkedomDocument,
): RenderedSvg {
  const drawing = drawSvg(options, meta, createDocument);
  return { ...drawing, svg: applyTheme(drawing.svg, theme) };
}

/** Replace Plot's generated ids (clip paths, gradients) with ones derived from the chart id. */
export function renumberIds(markup: string, prefix: string): string {
  const ids = new Map<string, string>();
  for (const match of markup.matchAll(/\bid="([^"]+)"/g)) {
    const id = match[1] ?? '';
    if (!id.startsWith(`${prefix}-`) && !ids.has(id)) ids.set(id, `${prefix}-${ids.size + 1}`);
  }
  let result = markup;
  for (const [from, to] of ids)
    result = result.split(`"${from}"`).join(`"${to}"`).split(`#${from})`).join(`#${to})`);
  return result;
}
