/**
 * Chart labels as readers see them, measured in Chromium: every page that shows charts is opened at 320,
 * 360 and 1280 px; for each chart, the file the `<picture>` chose and the width it is shown at are read;
 * then that SVG file is opened as a document and its text boxes, scaled to the shown width, are checked:
 * no text under 12 CSS px on a phone, no two texts overlapping, none outside the drawing, a value label
 * never nearer than 2 px to an axis's tick label, and no text on a stroked line (the chart's line, an
 * axis tick) or on a dot.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST, readReportSources } from '../helpers/dist.ts';
import { useSiteBrowser } from '../helpers/site-browser.ts';

const site = useSiteBrowser();
const WIDTHS = [320, 360, 1280];
const chartPages = readdirSync(join(DIST, 'charts')).map((key) => `/charts/${key}/`);
const pages = [
  '/',
  ...readReportSources().map(({ slug }) => `/reports/${slug}/`),
  '/indicators/industrial-output/',
  ...chartPages,
];

/** The drawing each chart of a page shows at this viewport, and its shown width in CSS px. */
async function shownDrawings(page: Page, path: string): Promise<{ src: string; width: number }[]> {
  await page.goto(`${site.origin}${path}`);
  return page.evaluate(async () => {
    const images = [...document.querySelectorAll<HTMLImageElement>('figure.chart picture img')];
    for (const image of images) {
      image.loading = 'eager';
      image.scrollIntoView();
      await image.decode().catch(() => undefined);
    }
    return images.map((image) => ({ src: image.currentSrc, width: image.getBoundingClientRect().width }));
  });
}

/**
 * Font size and box of every text of an SVG file opened as a document, scaled to `shown` px wide, with
 * whether it is an axis's text; and the points of its stroked lines (every px along each unfilled path:
 * lines and tick marks) and its dots (centre and radius with half the stroke), scaled alike.
 */
async function measure(page: Page, src: string, shown: number) {
  await page.goto(src);
  return page.evaluate((shownWidth) => {
    const svg = document.documentElement as unknown as SVGSVGElement;
    const scale = shownWidth / svg.viewBox.baseVal.width;
    const origin = svg.getBoundingClientRect();
    const onScreen = (element: SVGGraphicsElement, x: number, y: number) => {
      const point = new DOMPoint(x, y).matrixTransform(element.getScreenCTM() ?? undefined);
      return { x: (point.x - origin.left) * scale, y: (point.y - origin.top) * scale };
    };
    const lines = [...svg.querySelectorAll('path')]
      .filter((path) => getComputedStyle(path).fill === 'none' && getComputedStyle(path).stroke !== 'none')
      .map((path) => {
        const half = (parseFloat(getComputedStyle(path).strokeWidth) / 2) * scale;
        const points = [];
        for (let at = 0, end = path.getTotalLength(); at <= end; at += 1) {
          const point = path.getPointAtLength(at);
          points.push(onScreen(path, point.x, point.y));
        }
        return { half, points };
      });
    const dots = [...svg.querySelectorAll('circle')].map((circle) => ({
      ...onScreen(circle, circle.cx.baseVal.value, circle.cy.baseVal.value),
      r: (circle.r.baseVal.value + parseFloat(getComputedStyle(circle).strokeWidth || '0') / 2) * scale,
    }));
    const texts = [...svg.querySelectorAll('text')]
      .filter((text) => (text.textContent ?? '').trim() !== '')
      .map((text) => {
        const box = text.getBoundingClientRect();
        const size = parseFloat(getComputedStyle(text).fontSize);
        // The glyphs' band, not the line box: 0.8 em above the middle of the line box and 0.2 em below it.
        const middle = box.top + box.height / 2 - origin.top;
        return {
          text: text.textContent ?? '',
          px: size * scale,
          x0: (box.left - origin.left) * scale,
          x1: (box.right - origin.left) * scale,
          y0: (middle - 0.45 * size) * scale,
          y1: (middle + 0.45 * size) * scale,
          width: svg.viewBox.baseVal.width * scale,
          height: svg.viewBox.baseVal.height * scale,
          axis: /axis/.test(text.parentElement?.getAttribute('aria-label') ?? ''),
          tick: /tick label/.test(text.parentElement?.getAttribute('aria-label') ?? ''),
        };
      });
    return { texts, lines, dots };
  }, shown);
}

/** Room a value label keeps from an axis's tick label, in CSS px: nearer, they read as one. */
const TICK_GAP = 2;

/** What a chart's texts collide with: each other, tick labels, its lines and its dots. */
function collisions(name: string, measured: Awaited<ReturnType<typeof measure>>): string[] {
  const { texts, lines, dots } = measured;
  const problems: string[] = [];
  texts.forEach((a, i) =>
    texts.slice(i + 1).forEach((b) => {
      const gap = a.tick !== b.tick && (!a.axis || !b.axis) ? TICK_GAP : -0.5;
      if (a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap)
        problems.push(`${name}: “${a.text}” overlaps or touches “${b.text}”`);
    }),
  );
  for (const text of texts) {
    const inside = (x: number, y: number, room: number) =>
      x > text.x0 - room && x < text.x1 + room && y > text.y0 - room && y < text.y1 + room;
    if (lines.some(({ half, points }) => points.some(({ x, y }) => inside(x, y, half))))
      problems.push(`${name}: “${text.text}” lies on a line`);
    if (dots.some(({ x, y, r }) => inside(x, y, r * 0.7)))
      problems.push(`${name}: “${text.text}” lies on a dot`);
  }
  return problems;
}

describe('chart labels at the width they are shown at', () => {
  it.each(WIDTHS)('are readable and never collide at %i px', async (viewport) => {
    const page = await site.browser.newPage({ viewport: { width: viewport, height: 900 } });
    const shown = new Map<string, number>();
    for (const path of pages)
      for (const { src, width } of await shownDrawings(page, path))
        shown.set(src, Math.min(width, shown.get(src) ?? Infinity));
    expect(shown.size).toBeGreaterThanOrEqual(chartPages.length);
    const problems: string[] = [];
    for (const [src, width] of shown) {
      const name = src.replace(site.origin, '');
      const measured = await measure(page, src, width);
      for (const text of measured.texts) {
        if (viewport < 640 && text.px < 12) problems.push(`${name}: “${text.text}” ${text.px.toFixed(1)}px`);
        if (text.x0 < -1 || text.x1 > text.width + 1 || text.y0 < -1 || text.y1 > text.height + 1)
          problems.push(`${name}: “${text.text}” outside the drawing`);
      }
      problems.push(...collisions(name, measured));
    }
    await page.close();
    expect(problems).toEqual([]);
  });
});
