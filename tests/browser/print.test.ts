/**
 * Printed pages, as Chromium prints them to PDF with the page size the stylesheet asks for: A4, the
 * site's name, the page's address and the print date on every sheet, no control printed, and no chart
 * split from its title (each figure starts and ends on the same sheet).
 */
import { getDocumentProxy } from 'unpdf';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SITE_TITLE } from '../../src/consts.ts';
import { readReportSources, requireDist } from '../helpers/dist.ts';
import { useSiteBrowser } from '../helpers/site-browser.ts';

requireDist();
const PAGES = [...readReportSources().map((report) => `/reports/${report.slug}/`), '/data/', '/guide/'];
/** A4 in PostScript points. */
const A4 = { width: 595.28, height: 841.89 };

const site = useSiteBrowser();

/** Each sheet's text, whitespace removed and NFKC-normalised (PDF text gives 工 as the radical ⼯). */
async function printedSheets(page: Page): Promise<{ width: number; height: number; text: string }[]> {
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const sheets = [];
  for (let number = 1; number <= document.numPages; number++) {
    const sheet = await document.getPage(number);
    const { width, height } = sheet.getViewport({ scale: 1 });
    const content = await sheet.getTextContent();
    const text = content.items
      .map((item) => ('str' in item ? item.str : ''))
      .join('')
      .normalize('NFKC')
      .replace(/\s+/g, '');
    sheets.push({ width, height, text });
  }
  return sheets;
}

/**
 * Marks the top and the bottom of every chart figure with tiny absolutely placed text (`FIGTOP3`,
 * `FIGEND3`), which changes no layout but shows in the PDF on the sheet where that edge falls.
 */
function markFigures(): number {
  const figures = [...document.querySelectorAll<HTMLElement>('figure.chart')];
  figures.forEach((figure, index) => {
    figure.style.position = 'relative';
    for (const [name, edge] of [
      ['FIGTOP', 'top'],
      ['FIGEND', 'bottom'],
    ] as const) {
      const mark = document.createElement('span');
      mark.textContent = `${name}${index}X`;
      mark.style.cssText = `position:absolute;${edge}:0;left:0;font:1px monospace;line-height:1px`;
      figure.append(mark);
    }
  });
  return figures.length;
}

describe.each(PAGES)('%s printed', (path) => {
  it('is A4 with the site, address and print date on every sheet, and no chart split from its title', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.origin + path, { waitUntil: 'load' });
    const address = await page.locator('link[rel="canonical"]').getAttribute('href');
    const figures = await page.evaluate(markFigures);
    const sheets = await printedSheets(page);
    await page.close();

    expect(sheets.length).toBeGreaterThan(0);
    for (const [index, sheet] of sheets.entries()) {
      expect(Math.abs(sheet.width - A4.width), `sheet ${index + 1} width`).toBeLessThan(1);
      expect(Math.abs(sheet.height - A4.height), `sheet ${index + 1} height`).toBeLessThan(1);
      expect(sheet.text, `sheet ${index + 1}`).toContain(SITE_TITLE);
      expect(sheet.text, `sheet ${index + 1}`).toContain(address);
      expect(sheet.text, `sheet ${index + 1}`).toMatch(/打印于\d{4}年\d{1,2}月\d{1,2}日/);
    }
    const sheetOf = (mark: string) => sheets.findIndex((sheet) => sheet.text.includes(mark));
    for (let figure = 0; figure < figures; figure++) {
      const top = sheetOf(`FIGTOP${figure}X`);
      expect(top, `figure ${figure} printed`).toBeGreaterThanOrEqual(0);
      expect(sheetOf(`FIGEND${figure}X`), `figure ${figure} ends on the sheet where its title is`).toBe(top);
    }
  });
});

describe('print styles', () => {
  it('print no controls: no search box, buttons, toggles or navigation', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}${PAGES[0]}`, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('input, button, select, summary, nav, .site-search')]
        .filter((element) => element.getClientRects().length > 0)
        .map((element) => element.outerHTML.slice(0, 80)),
    );
    await page.close();
    expect(shown).toEqual([]);
  });
});
