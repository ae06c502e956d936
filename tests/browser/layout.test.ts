/**
 * Every kind of page as a reader on a phone (320, 360, 390 px) or a desktop (1280 px) sees it, light and
 * dark: no line with its characters spread apart, every link and control a 44 px tap target on phones,
 * nothing wider than the screen, and no layout shift as the page (or the search results) arrive.
 */
import { describe, expect, it } from 'vitest';
import { requireDist } from '../helpers/dist.ts';
import {
  layoutShift,
  overflow,
  pageKinds,
  recordLayoutShift,
  smallTargets,
  stretchedLines,
} from '../helpers/layout.ts';
import { useSiteBrowser } from '../helpers/site-browser.ts';

requireDist();
const PAGES = pageKinds();
const VIEWS = [320, 360, 390, 1280].flatMap((width) =>
  (['light', 'dark'] as const).map((colorScheme) => ({ width, colorScheme })),
);
/**
 * A Han character may gain an eighth of an em (the spread a 38-character justified line takes up when
 * a number cannot be broken), which reads as even text; more reads as letter-spaced. A digit or Latin
 * letter may gain no more than kerning gives it in context (a tenth of an em; justification spread
 * 4 5 0 亿 元 by a third).
 */
const LIMITS = { hanEm: 0.125, latinEm: 0.1 };

const site = useSiteBrowser();

describe.each(VIEWS)('at $width px, $colorScheme', ({ width, colorScheme }) => {
  const phone = width < 480;
  it.each(PAGES)('%s reads well', async (path) => {
    const page = await site.browser.newPage({ colorScheme, viewport: { width, height: 800 } });
    await recordLayoutShift(page);
    await page.goto(site.origin + path, { waitUntil: 'load' });
    if (path.startsWith('/search/')) {
      await page.locator('[data-search-state="done"]').waitFor({ state: 'attached' });
    }
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(250);

    expect(await page.evaluate(stretchedLines, LIMITS), 'stretched lines').toEqual([]);
    expect(await page.evaluate(overflow), 'wider than the screen').toEqual({ width: 0, culprits: [] });
    if (phone) expect(await page.evaluate(smallTargets, 44), 'tap targets under 44 px').toEqual([]);
    expect(await layoutShift(page), 'cumulative layout shift').toBeLessThan(0.02);
    await page.close();
  });
});
