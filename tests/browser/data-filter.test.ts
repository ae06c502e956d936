/**
 * The data table's filters with JavaScript: an address with filters opens the view holding those rows,
 * a choice in the form puts it in the address, and a report's view narrows its rows on the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, requireDist } from '../helpers/dist.ts';
import { useSiteBrowser } from '../helpers/site-browser.ts';

requireDist();
const site = useSiteBrowser();
let page: Page;
const rows = JSON.parse(readFileSync(join(DIST, 'data/indicators.json'), 'utf8')) as {
  metric: string;
  period: string;
  report: string;
}[];
const yearOf = (period: string) => /(\d{4})(?:-[^/]*)?$/.exec(period)?.[1];
const slugOf = (report: string) => new URL(report).pathname.split('/')[2] ?? '';

beforeAll(async () => {
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  page = await context.newPage();
});

const visibleRows = () => page.locator('.data-table tbody tr:not([hidden])').count();

describe('data filters in the address', () => {
  it('opens the page holding a metric in a year from ?metric=&year=, showing only that year', async () => {
    const { metric, period } = rows[0]!;
    const year = yearOf(period);
    await page.goto(`${site.origin}/data/?metric=${metric}&year=${year}`);
    const where = JSON.parse(readFileSync(join(DIST, 'data/views.json'), 'utf8')) as Record<
      string,
      Record<string, string>
    >;
    const path = where[metric]?.[year ?? ''] ?? '';
    await page.waitForURL(`**${path}${path.includes('/year/') ? '' : `?year=${year}`}`);
    const expected = rows.filter((row) => row.metric === metric && yearOf(row.period) === year).length;
    expect(await visibleRows()).toBe(expected);
    expect(await page.getByRole('combobox', { name: '指标' }).inputValue()).toBe(metric);
    expect(await page.getByRole('combobox', { name: '年份' }).inputValue()).toBe(year);
  });

  it('narrows a report’s view to the chosen metric on the page, keeping it in the address', async () => {
    const report = slugOf(rows.at(-1)!.report);
    const metric = rows.find((row) => slugOf(row.report) === report)!.metric;
    await page.goto(`${site.origin}/data/?report=${report}&metric=${metric}`);
    await page.waitForURL(`**/data/report/${report}/?metric=${metric}`);
    const expected = rows.filter((row) => slugOf(row.report) === report && row.metric === metric).length;
    expect(await visibleRows()).toBe(expected);
    await expect.poll(() => page.locator('.data-filter__count').textContent()).toContain(`显示${expected}/`);
  });

  it('puts a choice made in the form into the address', async () => {
    await page.goto(`${site.origin}/data/`);
    const year = yearOf(rows[0]!.period)!;
    await page.getByRole('combobox', { name: '年份' }).selectOption(year);
    await page.waitForURL(`**/data/year/${year}/`);
    expect(await visibleRows()).toBe(rows.filter((row) => yearOf(row.period) === year).length);
    await page.getByRole('combobox', { name: '年份' }).selectOption('');
    await page.waitForURL(/\/data\/$/);
  });
});
