/**
 * Chart labels as readers see them, measured in Chromium: every page that shows charts is opened at 320,
 * 360 and 1280 px; for each chart, the file the `<picture>` chose and the width it is shown at are read;
 * then that SVG file is opened as a document and its text boxes, scaled to the shown width, are checked:
 * no text under 12 CSS px on a phone, no two texts overlapping, none outside the drawing.
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

/** Font size and box of every text of an SVG file opened as a document, scaled to `shown` px wide. */
async function measure(page: Page, src: string, shown: number) {
  await page.goto(src);
  return page.evaluate((shownWidth) => {
    const svg = document.documentElement as unknown as SVGSVGElement;
    const scale = shownWidth / svg.viewBox.baseVal.width;
    const origin = svg.getBoundingClientRect();
    return [...svg.querySelectorAll('text')].map((text) => {
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
      };
    });
  }, shown);
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
      const texts = await measure(page, src, width);
      for (const text of texts) {
        if (viewport < 640 && text.px < 12) problems.push(`${name}: “${text.text}” ${text.px.toFixed(1)}px`);
        if (text.x0 < -1 || text.x1 > text.width + 1 || text.y0 < -1 || text.y1 > text.height + 1)
          problems.push(`${name}: “${text.text}” outside the drawing`);
      }
      texts.forEach((a, i) =>
        texts.slice(i + 1).forEach((b) => {
          if (a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5)
            problems.push(`${name}: “${a.text}” overlaps “${b.text}”`);
        }),
      );
    }
    await page.close();
    expect(problems).toEqual([]);
  });
});
