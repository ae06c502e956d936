/**
 * Figures that lead somewhere. With JavaScript off the button beside a figure opens its popover (this
 * report's values, 另有N篇报道提到, the indicator page), and landing on a figure's anchor shows the whole
 * sentence highlighted, clear of the top edge; with scripts the popover also lists the indicator's
 * latest values, loaded from its latest.json when it opens (offline: tests/browser/offline.test.ts). (The timeline's year and topic pages work without
 * scripts: tests/site/timeline.test.ts, tests/site/pagination.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { useSiteBrowser } from '../helpers/site-browser.ts';

const site = useSiteBrowser();
const REPORT = '/reports/2022-industrial-economy/';

describe('a figure in a report, with JavaScript off', () => {
  it('opens a popover with this report’s values, the count of other reports and the indicator page', async () => {
    const context = await site.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 360, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(`${site.origin}${REPORT}`);
    const popover = page.locator('#fact-pop-industrial-output');
    expect(await popover.isVisible()).toBe(false);
    await page.locator('#industrial-output-2022').getByRole('button', { name: '本指标的其他数值' }).click();
    expect(await popover.isVisible()).toBe(true);
    const text = (await popover.textContent()) ?? '';
    expect(text).toMatch(/另有\d+篇报道提到/);
    expect(text).toContain('1797.4亿元本文');
    // Other reports' values are on the indicator page, which the popover links to.
    expect(text).not.toContain('1953亿元');
    expect(await popover.getByRole('link', { name: '指标页' }).getAttribute('href')).toBe(
      '/indicators/industrial-output/',
    );
    const box = await popover.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
    await popover.getByRole('button', { name: '关闭' }).click();
    expect(await popover.isVisible()).toBe(false);
    await context.close();
  });

  it('passes axe with the popover open (checked with scripts on, which axe needs)', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'dark' });
    await page.goto(`${site.origin}${REPORT}`);
    await page.locator('#industrial-output-2022 > button').click();
    expect(await page.locator('#fact-pop-industrial-output').isVisible()).toBe(true);
    // With its latest values loaded (four rows, two of them this report's).
    await expect.poll(() => page.locator('#fact-pop-industrial-output li').count()).toBe(4);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('offers the way back to the chart on the page that draws the figure, when the reader lands on it', async () => {
    const context = await site.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(`${site.origin}${REPORT}`);
    const back = page.locator('#industrial-output-2022').getByRole('link', { name: '回到图表' });
    expect(await back.isVisible()).toBe(false);
    // The reader opens the chart's table (a radio tab, no script) and follows the figure to its sentence.
    await page.locator('#chart-industrial-output').getByText('表格', { exact: true }).click();
    await page.locator('#chart-industrial-output a[href$="#industrial-output-2022"]').first().click();
    expect(await back.isVisible()).toBe(true);
    await back.click();
    expect(new URL(page.url()).hash).toBe('#chart-industrial-output');
    await context.close();
  });

  it('links the number to its indicator page', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}${REPORT}`);
    await page.locator('#industrial-output-2022 > a:first-child').click();
    await page.waitForURL(/\/indicators\/industrial-output\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('规上工业总产值');
    await context.close();
  });

  it('shows the whole sentence, highlighted and below the top edge, when its anchor is opened', async () => {
    const context = await site.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(`${site.origin}${REPORT}#high-tech-enterprises-new-2022`);
    const sentence = page.locator('.sentence:has(#high-tech-enterprises-new-2022)');
    const top = (await sentence.boundingBox())?.y ?? 0;
    expect(top).toBeGreaterThan(100);
    expect(top).toBeLessThan(800);
    const background = await sentence.evaluate((element) => getComputedStyle(element).backgroundColor);
    const plain = await page
      .locator('.sentence:not(:has(#high-tech-enterprises-new-2022))')
      .first()
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).not.toBe(plain);
    await context.close();
  });
});

describe('a figure’s popover, with scripts', () => {
  it('lists the indicator’s latest values, newest first, around this report’s own', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
    const loads: string[] = [];
    page.on('request', (request) => loads.push(new URL(request.url()).pathname));
    await page.goto(`${site.origin}${REPORT}`);
    expect(loads.filter((path) => path.endsWith('/latest.json'))).toEqual([]);
    const popover = page.locator('#fact-pop-industrial-output');
    await page.locator('#industrial-output-2022 > button').click();
    const rows = popover.getByRole('listitem');
    await expect.poll(() => rows.count()).toBe(4);
    expect(await rows.allTextContents()).toEqual([
      '2023年1953亿元',
      '2022年1797.4亿元本文',
      '2021年超过1600亿元本文',
      '2020年1357亿元',
    ]);
    // Another report's value leads to its sentence there; this report's to the figure on this page.
    expect(await rows.nth(0).getByRole('link').getAttribute('href')).toBe(
      '/reports/2023-work-review/#industrial-output-2023',
    );
    expect(await rows.nth(1).getByRole('link').getAttribute('href')).toBe('#industrial-output-2022');
    expect(loads.filter((path) => path.endsWith('/latest.json'))).toEqual([
      '/indicators/industrial-output/latest.json',
    ]);
    // Opened again: the same rows, not fetched again.
    await popover.getByRole('button', { name: '关闭' }).click();
    await page.locator('#industrial-output-2022 > button').click();
    expect(await rows.count()).toBe(4);
    expect(loads.filter((path) => path.endsWith('/latest.json'))).toHaveLength(1);
    const box = await popover.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
    // By keyboard: Escape closes it; Enter on the button opens it, and Tab goes on to its first value.
    await page.keyboard.press('Escape');
    expect(await popover.isVisible()).toBe(false);
    await page.locator('#industrial-output-2022 > button').focus();
    await page.keyboard.press('Enter');
    expect(await popover.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('2023年');
    await page.close();
  });
});

describe('the timeline’s filters', () => {
  it('are one set, the year and topic links, with scripts and without', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await site.browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${site.origin}/timeline/`);
      await page.waitForLoadState('load');
      expect(await page.getByRole('navigation', { name: '筛选大事记' }).isVisible()).toBe(true);
      expect(await page.locator('main form, main select').count()).toBe(0);
      await context.close();
    }
  });
});
