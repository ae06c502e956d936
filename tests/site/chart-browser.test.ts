/**
 * What only a browser can tell: a chart's tooltip shows on hover and on keyboard focus, the data page's
 * filters narrow the table, and with JavaScript off the charts and the whole table are still there.
 */
import { describe, expect, it } from 'vitest';
import { useSiteBrowser } from '../helpers/site-browser.ts';

const site = useSiteBrowser();

describe('a chart in a report', () => {
  it('shows a value’s tooltip on hover, above the value and its label, never over them', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin}/reports/2022-industrial-economy/`);
    const figure = page.locator('#chart-industrial-output');
    const img = figure.locator('picture img');
    await img.scrollIntoViewIfNeeded();
    expect(await img.evaluate((element: HTMLImageElement) => element.currentSrc)).toMatch(
      /desktop-light\.svg$/,
    );
    const marks = (await (
      await page.request.get(`${site.origin}/charts/industrial-output/marks.json`)
    ).json()) as {
      desktop: { x: number; y: number; w: number; h: number; tip: string }[];
    };
    const bar = marks.desktop.find((mark) => mark.tip.startsWith('2022年'));
    if (!bar) throw new Error('no 2022 bar');
    const box = await img.boundingBox();
    if (!box) throw new Error('image not shown');
    const scale = box.width / 640;
    await page.mouse.move(box.x + (bar.x + bar.w / 2) * scale, box.y + (bar.y + bar.h / 2) * scale);
    const tip = figure.locator('.chart-tip');
    await expect.poll(() => tip.textContent()).toBe('2022年，规上工业总产值：1797.4亿元');
    const tipBox = await tip.boundingBox();
    // Above the bar and the room for its value label.
    expect((tipBox?.y ?? 0) + (tipBox?.height ?? 0)).toBeLessThanOrEqual(box.y + (bar.y - 26) * scale);
    await page.mouse.move(0, 0);
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.close();
  });

  it('is drawn for the phone, its table one tap away, when JavaScript is off', async () => {
    const context = await site.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 360, height: 800 },
      colorScheme: 'dark',
    });
    const page = await context.newPage();
    await page.goto(`${site.origin}/reports/2022-industrial-economy/`);
    const figure = page.locator('#chart-industrial-output');
    const img = figure.locator('picture img');
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((e: HTMLImageElement) => e.complete && e.naturalWidth)).toBeTruthy();
    expect(await img.evaluate((element: HTMLImageElement) => element.currentSrc)).toMatch(
      /phone-s-dark\.svg$/,
    );
    expect((await img.boundingBox())?.width).toBeLessThanOrEqual(360);
    const table = figure.getByRole('table');
    expect(await table.isVisible()).toBe(false);
    await figure.getByText('表格', { exact: true }).click();
    expect(await table.isVisible()).toBe(true);
    expect(await img.isVisible()).toBe(false);
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
