/**
 * What a reader sees of a page's boxes, measured in Chromium: tap targets smaller than a finger, content
 * wider than the screen, and layout shift; and the pages to look at. The checks of the text itself
 * (spread lines, split names, widows…) are in layout-text.ts. Each check runs in the page
 * (`page.evaluate(fn)`), so it holds everything it needs.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DIST } from './dist.ts';

/** One page of each kind, and every report (the typography of each text matters); search with and without results. */
export function pageKinds(): string[] {
  const first = (dir: string) =>
    readdirSync(join(DIST, dir), { withFileTypes: true }).find((entry) => entry.isDirectory())?.name;
  const reports = readdirSync(join(DIST, 'reports'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `/reports/${entry.name}/`);
  return [
    '/',
    '/reports/',
    ...reports,
    `/reports/year/${first('reports/year')}/`,
    '/topics/',
    `/topics/${first('topics')}/`,
    '/indicators/',
    `/indicators/${first('indicators')}/`,
    '/data/',
    `/data/metric/${first('data/metric')}/`,
    '/data/conflicts/',
    '/entities/',
    `/entities/${first('entities')}/`,
    '/timeline/',
    `/charts/${first('charts')}/`,
    '/offline/',
    '/guide/',
    '/about/',
    '/search/?q=专精特新',
    '/search/?q=量子计算机',
    '/404.html',
  ];
}

/** A control or link smaller than a fingertip. */
export interface SmallTarget {
  what: string;
  width: number;
  height: number;
}

/**
 * Links and controls smaller than `min` px either way. Links inside a sentence are exempt, as WCAG 2.5.8
 * exempts them (an inline link whose block holds other text); so are hidden and off-screen ones.
 */
export function smallTargets(min: number): SmallTarget[] {
  const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"]';
  const small: SmallTarget[] = [];
  for (const element of document.querySelectorAll<HTMLElement>(selector)) {
    const rect = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    if (rect.width <= 2 || rect.height <= 2 || rect.bottom < 0 || style.visibility !== 'visible') continue;
    if (element.closest('[hidden], [aria-hidden="true"]')) continue;
    // A radio or checkbox is tapped through its label: the label's box is the target.
    const labels = element instanceof HTMLInputElement ? [...(element.labels ?? [])] : [];
    if (labels.some((label) => label.getBoundingClientRect().height + 0.5 >= min)) continue;
    // An inline control in a sentence (a figure's ⊕ button) is exempt like an inline link (WCAG 2.5.8).
    if (style.display.startsWith('inline')) {
      let block = element.parentElement;
      while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
      const own = (element.textContent ?? '').trim().length;
      const all = (block?.textContent ?? '').replace(/\s+/g, '').length;
      if (all > own) continue;
    }
    if (rect.width + 0.5 < min || rect.height + 0.5 < min) {
      const label = (element.textContent ?? '').trim() || element.getAttribute('aria-label') || '';
      small.push({
        what: `<${element.tagName.toLowerCase()}${element.className ? ` class="${String(element.className)}"` : ''}> ${label.slice(0, 24)}`,
        width: Math.round(rect.width),
        height: Math.round(rect.height),
      });
    }
  }
  return small;
}

/** Elements that reach past the right edge of the screen (nothing but the widest culprits). */
export function overflow(): { width: number; culprits: string[] } {
  const width = document.documentElement.clientWidth;
  const culprits: string[] = [];
  if (document.documentElement.scrollWidth > width) {
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      const rect = element.getBoundingClientRect();
      if (rect.right > width + 0.5 && rect.width > 0 && !element.closest('.visually-hidden, .skip-link')) {
        culprits.push(
          `<${element.tagName.toLowerCase()} class="${String(element.className)}"> right ${Math.round(rect.right)}`,
        );
      }
    }
  }
  return { width: document.documentElement.scrollWidth - width, culprits: culprits.slice(0, 5) };
}

/** Starts summing layout shifts from the first paint; read the sum with `layoutShift(page)`. */
export async function recordLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record = window as unknown as { __cls: number };
    record.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) record.__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The page's cumulative layout shift so far. */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __cls: number }).__cls);
}
