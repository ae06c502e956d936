/**
 * The header search box: nothing of the search loads before the reader focuses it; `/` and Ctrl+K
 * focus it; results appear as you type; Enter opens /search/?q=; an input method's confirming Enter
 * does not submit; and a result opens its page with the phrase highlighted and in view.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requireDist } from '../helpers/dist.ts';
import { expectedPages, indexedPages } from '../helpers/search.ts';
import { shownPaths } from '../helpers/search-results.ts';
import { useSiteBrowser } from '../helpers/site-browser.ts';

requireDist();
const REPORT = '/reports/2023-work-review/';
/** Every indexed page with its text, read from the built site. */
const pages = indexedPages();
/** The pages that hold 专精特新 as a phrase, computed from the built pages. */
const HOLDING = expectedPages(pages, '专精特新');
/** The header panel shows the first few results; the search page lists them all. */
const PANEL_RESULTS = 6;
const SHOWN = Math.min(HOLDING.length, PANEL_RESULTS);
const site = useSiteBrowser();
let context: BrowserContext;
let page: Page;
// No service worker here: its precaching would fetch the index in the background and blur what the page loads.
beforeEach(async () => {
  context = await site.browser.newContext({ serviceWorkers: 'block' });
  page = await context.newPage();
});
afterEach(() => context.close());

const searchBox = () => page.getByRole('searchbox', { name: '搜索报道' });
const panelLinks = () => page.getByRole('list', { name: '搜索结果' }).getByRole('link');

describe('header search box', () => {
  it('loads no search code on a report page until the box is focused', async () => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(site.origin + REPORT, { waitUntil: 'networkidle' });
    const searchCode = (path: string) =>
      /^\/(pagefind|phrase-index)\//.test(path) || /\/_astro\/(engine|render)\./.test(path);
    expect(requests.filter(searchCode)).toEqual([]);

    await searchBox().focus();
    await expect.poll(() => requests, { timeout: 10_000 }).toContain('/phrase-index/index.json');
    expect(requests.some((path) => /\/_astro\/engine\./.test(path))).toBe(true);
  });

  it('fetches a few index chunks and only the fragments of the results it shows', async () => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(site.origin + REPORT, { waitUntil: 'networkidle' });
    // 江 is on every report and indicator page: dozens of pages match, six are shown.
    await searchBox().fill('江');
    await expect.poll(() => panelLinks().count(), { timeout: 15_000 }).toBe(PANEL_RESULTS);
    await page.waitForLoadState('networkidle');
    const fragments = requests.filter((path) => path.startsWith('/pagefind/fragment/'));
    expect(fragments.length).toBeGreaterThan(0);
    expect(fragments.length).toBeLessThanOrEqual(PANEL_RESULTS);
    expect(requests.filter((path) => path.startsWith('/phrase-index/')).length).toBeLessThanOrEqual(4);
    expect(requests.filter((path) => path.startsWith('/pagefind/') && !path.includes('/fragment/'))).toEqual(
      [],
    );
  });

  it('is focused by / and by Ctrl+K, but / typed in the box stays text', async () => {
    await page.goto(site.origin + REPORT);
    await page.keyboard.press('/');
    expect(await searchBox().evaluate((box) => box === document.activeElement)).toBe(true);
    await page.keyboard.type('1797.4/');
    expect(await searchBox().inputValue()).toBe('1797.4/');

    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('Control+k');
    expect(await searchBox().evaluate((box) => box === document.activeElement)).toBe(true);
  });

  it('shows results as you type, and Enter opens the search page for the query', async () => {
    await page.goto(site.origin + REPORT);
    // Every page holding 专精特新 is listed first; others may follow that hold only its characters apart.
    await searchBox().fill('专精特新');
    await expect.poll(() => panelLinks().count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(SHOWN);
    const listed = await panelLinks().evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    );
    expect(listed.length).toBeLessThanOrEqual(PANEL_RESULTS);
    // Pages holding the phrase fill the panel before any page holding its characters apart.
    expect(listed.slice(0, SHOWN).every((path) => HOLDING.includes(path))).toBe(true);
    await Promise.all([page.waitForURL('**/search/?q=*'), searchBox().press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('专精特新');
  });

  it('lets an input method’s Enter confirm the characters without submitting', async () => {
    await page.goto(site.origin + REPORT);
    await searchBox().focus();
    const cdp: CDPSession = await context.newCDPSession(page);
    // A real composition in Chromium: pinyin letters, not yet characters.
    await cdp.send('Input.imeSetComposition', { text: 'zhuanjing', selectionStart: 9, selectionEnd: 9 });
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe(REPORT);
    expect(await panelLinks().count()).toBe(0);

    await cdp.send('Input.insertText', { text: '专精特新' });
    await expect.poll(() => panelLinks().count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(SHOWN);
    await Promise.all([page.waitForURL('**/search/?q=*'), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('专精特新');
  });

  it('ignores an Enter sent just after compositionend (Safari’s order)', async () => {
    await page.goto(site.origin + REPORT);
    const submitted = await searchBox().evaluate((box: HTMLInputElement) => {
      box.dispatchEvent(new CompositionEvent('compositionstart'));
      box.value = '巨湾技研';
      box.dispatchEvent(new CompositionEvent('compositionend', { data: '巨湾技研' }));
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, bubbles: true }));
      // What the browser does next on Enter: an implicit submission, which must be cancelled.
      const event = new SubmitEvent('submit', { cancelable: true, bubbles: true });
      return box.form!.dispatchEvent(event);
    });
    expect(submitted).toBe(false);
  });

  it('says so when the index cannot be fetched, and recovers when it can', async () => {
    await page.route('**/phrase-index/**', (route) => route.abort());
    await page.goto(site.origin + REPORT);
    await searchBox().fill('专精特新');
    const status = page.locator('.site-search__status');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain('搜索暂时无法使用');
    await page.unroute('**/phrase-index/**');
    await searchBox().fill('巨湾技研');
    const holding = expectedPages(pages, '巨湾技研').length;
    await expect.poll(() => panelLinks().count(), { timeout: 15_000 }).toBe(Math.min(holding, PANEL_RESULTS));
  });

  it('opens a result with the phrase highlighted and scrolled into view', async () => {
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('亩均论英雄')}`);
    const [top = ''] = await shownPaths(page);
    expect(expectedPages(pages, '亩均论英雄')).toContain(top);
    const results = page.locator('[data-search-results]');
    await Promise.all([page.waitForURL(`**${top}?*`), results.getByRole('link').first().click()]);
    const mark = page.locator('article mark.search-hit').first();
    await expect.poll(() => mark.textContent(), { timeout: 10_000 }).toBe('亩均论英雄');
    const box = await mark.boundingBox();
    const viewport = page.viewportSize();
    expect(box && viewport && box.y >= 0 && box.y + box.height <= viewport.height).toBe(true);
  });
});
