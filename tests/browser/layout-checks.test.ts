/**
 * The layout checks of tests/browser/layout.test.ts can fail: each finds the fault on a small page built
 * to have it, and nothing on the same page without it. The pages are served from memory, so this needs
 * neither dist/ nor a server.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NUMBER_UNIT } from '../../src/lib/format/number-units.ts';
import { launchChromium } from '../helpers/browser.ts';
import { layoutShift, overflow, recordLayoutShift, smallTargets } from '../helpers/layout.ts';
import {
  lineBreaks,
  overlappingHeadlines,
  splitNames,
  splitNumbers,
  stretchedLines,
  useCharBoxes,
  widows,
} from '../helpers/layout-text.ts';

const ORIGIN = 'http://layout.test';
/** A fixed CJK font and size, so that a column of `n`em holds n Han characters. */
const FONT = 'font: 16px/1.8 "Noto Sans CJK SC", sans-serif; margin: 0';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** A 360 px page whose body is `body`, with the checks' helpers installed before it loads. */
async function open(body: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
  await recordLayoutShift(page);
  await useCharBoxes(page);
  await page.route(`${ORIGIN}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="zh-CN"><body style='${FONT}'>${body}</body></html>`,
    }),
  );
  await page.goto(`${ORIGIN}/`, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** What `check` finds on a page with the fault and on the same page without it. */
async function both<T>(check: (page: Page) => Promise<T>, faulty: string, sound: string): Promise<[T, T]> {
  const results: T[] = [];
  for (const body of [faulty, sound]) {
    const page = await open(body);
    results.push(await check(page));
    await page.close();
  }
  return results as [T, T];
}

describe('the text checks find', () => {
  it('a justified line spread apart', async () => {
    const line = (align: string) =>
      `<p style="width: 20em; text-align: ${align}">江津区 ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOP</p>`;
    const [faulty, sound] = await both(
      (page) => page.evaluate(stretchedLines, { hanEm: 0.125, latinEm: 0.1 }),
      line('justify'),
      line('left'),
    );
    expect(faulty).toEqual([expect.objectContaining({ where: 'p.', text: '江津区', latin: false })]);
    expect(sound).toEqual([]);
  });

  it('where a heading breaks', async () => {
    const [faulty, sound] = await both(
      (page) => page.evaluate(lineBreaks, 'h2'),
      '<h2 style="width: 4em; font-size: 16px">江津大战 大考</h2>',
      '<h2 style="width: 8em; font-size: 16px">江津大战 大考</h2>',
    );
    expect(faulty).toEqual([{ text: '江津大战大考', breaks: [4] }]);
    expect(sound).toEqual([{ text: '江津大战大考', breaks: [] }]);
  });

  it('a headline drawn over itself', async () => {
    const headline = (shift: string) =>
      `<h1 class="headline"><span>江津区</span><span style="margin-left: ${shift}">工业</span></h1>`;
    const [faulty, sound] = await both(
      (page) => page.evaluate(overlappingHeadlines),
      headline('-2em'),
      headline('0'),
    );
    // 工 is drawn over one of the characters before it (which one depends on the font's advance).
    expect(faulty).toEqual([expect.stringMatching(/^江津区工业 \([江津区]\)$/)]);
    expect(sound).toEqual([]);
  });

  it('a name split between two lines', async () => {
    const text = (before: string) =>
      `<main><p style="width: 10em">${before}<a href="#x">新建升规企业</a>。</p></main>`;
    const [faulty, sound] = await both(
      (page) => page.evaluate(splitNames, 16),
      text('一二三四五六七八'),
      text(''),
    );
    expect(faulty).toEqual([expect.stringMatching(/^新建升规企业 \((.)\/(.)\)$/)]);
    expect(sound).toEqual([]);
  });

  it('one character alone on a last line', async () => {
    const text = (last: string) => `<main><p style="width: 10em">一二三四五六七八九十${last}</p></main>`;
    const [faulty, sound] = await both(
      (page) => page.evaluate(widows, 'main p'),
      text('区。'),
      text('工业区。'),
    );
    expect(faulty).toEqual(['…区。']);
    expect(sound).toEqual([]);
  });

  it('a number parted from its unit', async () => {
    const text = (before: string) => `<p class="r" style="width: 10em">${before}1237.1亿元</p>`;
    const check = (page: Page) =>
      page.evaluate(splitNumbers, { pattern: NUMBER_UNIT.source, selector: '.r' });
    const [faulty, sound] = await both(check, text('一二三四五'), text(''));
    expect(faulty).toEqual(['1237.1亿元']);
    expect(sound).toEqual([]);
  });
});

describe('the page checks find', () => {
  it('a box wider than the screen', async () => {
    const [faulty, sound] = await both(
      (page) => page.evaluate(overflow),
      '<div class="wide" style="width: 500px">宽</div>',
      '<div class="wide" style="width: 300px">宽</div>',
    );
    expect(faulty).toEqual({ width: 140, culprits: ['<div class="wide"> right 500'] });
    expect(sound).toEqual({ width: 0, culprits: [] });
  });

  it('a tap target under 44 px', async () => {
    const link = (size: number) =>
      `<a href="#x" style="display: block; width: ${size}px; height: ${size}px">链</a>`;
    const [faulty, sound] = await both((page) => page.evaluate(smallTargets, 44), link(30), link(44));
    expect(faulty).toEqual([{ what: '<a> 链', width: 30, height: 30 }]);
    expect(sound).toEqual([]);
  });

  it('layout shift as the page arrives', async () => {
    const late = (what: string) =>
      `<p>正文</p><p>正文</p><script type="module">setTimeout(() => { ${what}; }, 100)</script>`;
    const shift = async (page: Page) => {
      await page.waitForTimeout(400);
      return layoutShift(page);
    };
    const [faulty, sound] = await both(
      shift,
      late("document.body.prepend(Object.assign(document.createElement('div'), { style: 'height: 400px' }))"),
      late("document.body.append(Object.assign(document.createElement('div'), { style: 'height: 400px' }))"),
    );
    expect(faulty).toBeGreaterThan(0.02);
    expect(sound).toBeLessThan(0.02);
  });
});
