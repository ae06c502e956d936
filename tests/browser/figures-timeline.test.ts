/**
 * Figures that lead somewhere, as a reader with JavaScript off meets them: the button beside a figure
 * opens its popover (other values, 另有N篇报道提到), and landing on a figure's anchor shows the whole
 * sentence highlighted, clear of the top edge. (The timeline's year and topic pages work without
 * scripts: tests/site/timeline.test.ts, tests/site/pagination.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { useSiteBrowser } from '../helpers/site-browser.ts';

const site = useSiteBrowser();
const REPORT = '/reports/2022-industrial-economy/';

describe('a figure in a report, with JavaScript off', () => {
  it('opens a popover with the indicator’s other values and the count of other reports', async () => {
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
    expect(text).toContain('1953亿元');
    const box = await popover.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
    await popover.getByRole('button', { name: '关闭' }).click();
    expect(await popover.isVisible()).toBe(false);
    await context.close();
  });

  it('passes axe with the popover open (checked with scripts on, which axe needs)', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'dark' });
    await page.goto(`${site.origin}${REPORT}`);
    await page.locator('#industrial-output-2022 button.fact__more').click();
    expect(await page.locator('#fact-pop-industrial-output').isVisible()).toBe(true);
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
    await page.locator('#industrial-output-2022 a.fact__link').click();
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
