/**
 * Rendering Plot options to static SVG at build time, with a server-side DOM (linkedom) passed as
 * Plot's `document`: the charts show with JavaScript off. The SVG has a fixed size and a viewBox, so
 * CSS scales it to the column on phones and desktops; its accessible name and description come from
 * the chart, and generated ids are numbered from the chart's own id so that pages and snapshots stay
 * stable.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/** What the renderer needs besides the Plot options. */
export interface RenderMeta {
  /** The chart's id: prefix of every id in the SVG. */
  id: string;
  /** Accessible name. */
  title: string;
  /** Accessible description: what the chart shows, in words. */
  description: string;
}

/** The style every chart shares: transparent, in the text colour, so that dark mode works. */
const STYLE = {
  background: 'transparent',
  color: 'currentColor',
  fontFamily: 'inherit',
  fontSize: '14px',
  overflow: 'visible',
};

/** Escape text for an XML text node or attribute. */
function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[char]};`);
}

/** The SVG markup of a chart. */
export function renderSvg(options: Plot.PlotOptions, meta: RenderMeta): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const node = Plot.plot({
    ...options,
    document: document as unknown as Document,
    style: STYLE,
  });
  const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg');
  if (!svg) throw new Error(`chart ${meta.id}: Plot returned no <svg>`);
  // The chart is one image named by its title and description; Plot's labels on its mark groups
  // (aria-label="rule") are not allowed on plain groups and say nothing to a reader.
  for (const labelled of svg.querySelectorAll('[aria-label], [aria-description]')) {
    labelled.removeAttribute('aria-label');
    labelled.removeAttribute('aria-description');
  }
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${meta.id}-svg-title`);
  svg.setAttribute('aria-describedby', `${meta.id}-svg-desc`);
  svg.removeAttribute('class');
  styleToAttributes(svg);
  const head = `<title id="${meta.id}-svg-title">${escapeXml(meta.title)}</title><desc id="${meta.id}-svg-desc">${escapeXml(meta.description)}</desc>`;
  const markup = svg.outerHTML.replace(/<style>[\s\S]*?<\/style>/, '').replace(/^(<svg[^>]*>)/, `$1${head}`);
  return renumberIds(markup, meta.id);
}

/** SVG presentation attributes a style declaration may become (those Plot's styles use). */
const PRESENTATION = new Set([
  'color',
  'fill',
  'stroke',
  'font-family',
  'font-size',
  'font-variant',
  'overflow',
  'opacity',
]);

/**
 * Stopgap until the `charts` stream's static SVG files land: the site's CSP forbids `style=""`
 * attributes, so each declaration Plot writes there becomes the equivalent presentation attribute
 * (`font-size="14px"`), which the policy allows. A transparent background is the default and is
 * dropped; any other declaration fails the build rather than vanishing unnoticed.
 */
export function styleToAttributes(root: Element): void {
  for (const element of [root, ...root.querySelectorAll('[style]')]) {
    const style = element.getAttribute('style');
    if (style === null) continue;
    element.removeAttribute('style');
    for (const declaration of style.split(';')) {
      const [name = '', ...rest] = declaration.split(':');
      const property = name.trim().toLowerCase();
      const value = rest.join(':').trim();
      if (!property || (property === 'background' && value === 'transparent')) continue;
      if (!PRESENTATION.has(property))
        throw new Error(`chart SVG: style "${property}" has no presentation attribute`);
      element.setAttribute(property, value);
    }
  }
}

/** Replace Plot's generated ids (clip paths, gradients) with ones derived from the chart id. */
export function renumberIds(markup: string, prefix: string): string {
  const ids = new Map<string, string>();
  for (const match of markup.matchAll(/\bid="([^"]+)"/g)) {
    const id = match[1] ?? '';
    if (!id.startsWith(`${prefix}-svg-`) && !ids.has(id)) ids.set(id, `${prefix}-${ids.size + 1}`);
  }
  let result = markup;
  for (const [from, to] of ids)
    result = result.split(`"${from}"`).join(`"${to}"`).split(`#${from})`).join(`#${to})`);
  return result;
}
