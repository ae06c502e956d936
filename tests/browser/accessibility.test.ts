/**
 * Every kind of page passes axe-core's checks (contrast, names, landmarks, headings, tables…) in the
 * light and the dark scheme, on a phone and a desktop: what a screen-reader or low-vision reader meets.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { readReportSources, requireDist } from '../helpers/dist.ts';
import { useSiteBrowser } from '../helpers/site-browser.ts';

requireDist();
const PAGES = [
  '/',
  '/reports/',
  ...readReportSources().map((report) => `/reports/${report.slug}/`),
  '/topics/',
  '/topics/investment/',
  '/indicators/',
  '/indicators/industrial-output/',
  '/data/',
  '/about/',
  '/guide/',
  '/entities/',
  '/entities/chongqing-gearbox/',
  '/timeline/',
  '/timeline/2023/',
  '/no-such-page/',
];
const VIEWS = [
  { colorScheme: 'light', width: 360 },
  { colorScheme: 'dark', width: 1280 },
] as const;

const site = useSiteBrowser();

describe.each(VIEWS)('in the $colorScheme scheme at $width px', ({ colorScheme, width }) => {
  it.each(PAGES)('%s has no axe violations', async (path) => {
    const page = await site.browser.newPage({ colorScheme, viewport: { width, height: 900 } });
    await page.goto(site.origin + path, { waitUntil: 'load' });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
