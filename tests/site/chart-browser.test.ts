/**
 * What only a browser can tell: a chart's tooltip shows on hover and on keyboard focus, the data page's
 * filters narrow the table, and with JavaScript off the charts and the whole table are still there.
 */
import { describe, expect, it } from 'vitest';
import { useSiteBrowser } from '../helpers/site-browser.ts';

const site = useSiteBrowser();

describe('a chart in a report', () => {
  it('shows a value’s tooltip on hover and on keyboard focus', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin}/reports/2022-industrial-economy/`);
    const figure = page.locator('#chart-industrial-output');
    const tip = figure.locator('.chart-tip');
    const bar = figure.locator('.chart__svg--wide rect[data-tip]').first();
    await bar.hover();
    await expect.poll(() => tip.textContent()).toBe('2020年 规上工业总产值：1357亿元');
    await page.mouse.move(0, 0);
    await expect.poll(() => tip.isVisible()).toBe(false);
    await bar.focus();
    await expect.poll(() => tip.isVisible()).toBe(true);
    await page.close();
  });

  it('is drawn, with its table, when JavaScript is off', async () => {
    const context = await site.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 360, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(`${site.origin}/reports/2022-industrial-economy/`);
    const svg = page.locator('#chart-industrial-output .chart__svg--narrow svg');
    expect(await svg.isVisible()).toBe(true);
    expect((await svg.boundingBox())?.width).toBeLessThanOrEqual(360);
    await page.getByText('数据表').first().click();
    expect(await page.getByRole('table').first().isVisible()).toBe(true);
    await context.close();
  });
});

describe('the data page', () => {
  it('filters the table by metric and year', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/data/`);
    const rows = page.locator('tbody tr:visible');
    const all = await rows.count();
    await page.getByRole('combobox', { name: '指标' }).selectOption('industrial-output');
    await expect.poll(() => rows.count()).toBeLessThan(all);
    await page.getByLabel('年份').selectOption('2023');
    await expect.poll(() => rows.count()).toBe(2);
    await page.close();
  });
});
