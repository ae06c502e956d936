/**
 * Queries that are not words: HTML and script, 10,000 characters, only punctuation or emoji. Nothing
 * runs, nothing hangs, and the page says clearly what happened.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireDist } from '../helpers/dist.ts';
import { useSiteBrowser } from '../helpers/site-browser.ts';

requireDist();
const site = useSiteBrowser();
let context: BrowserContext;
let page: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  context = await site.browser.newContext({ serviceWorkers: 'block' });
  page = await context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});

const results = () => page.locator('[data-search-results]');
const status = () => page.getByRole('status').and(page.locator('[data-search-status]'));

/** Searches on /search/ by typing into its box (as a reader pastes), and waits for the outcome. */
async function searchFor(query: string): Promise<string> {
  await page.goto(`${site.origin}/search/`);
  await page.getByRole('searchbox', { name: '搜索词' }).evaluate((box: HTMLInputElement, value) => {
    box.value = value;
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, query);
  await expect.poll(() => results().getAttribute('data-search-state'), { timeout: 5_000 }).toBe('done');
  return (await status().textContent()) ?? '';
}

/** True when something from a query ran or became markup. */
function injected(): Promise<boolean> {
  return page.evaluate(
    () =>
      'pwned' in window ||
      document.querySelectorAll('main img, main script:not([src]), [data-search-results] script').length > 0,
  );
}

describe('bad input on the search page', () => {
  it.each([
    '<img src=x onerror="window.pwned=1;alert(1)">',
    '"><script>window.pwned=1;alert(1)</script>',
    "'><svg onload=alert(1)>",
  ])('shows %s as text and runs nothing', async (query) => {
    const message = await searchFor(query);
    expect(message).toMatch(/找到|没有/);
    expect(await injected()).toBe(false);
    expect(dialogs).toEqual([]);
  });

  it('shows markup from the URL as text too', async () => {
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await expect.poll(() => results().getAttribute('data-search-state'), { timeout: 5_000 }).toBe('done');
    expect(await page.getByRole('searchbox', { name: '搜索词' }).inputValue()).toBe(
      '<img src=x onerror=alert(1)>',
    );
    expect(await injected()).toBe(false);
    expect(dialogs).toEqual([]);
  });

  it('cuts a 10,000-character query short and says so, quickly', async () => {
    const started = Date.now();
    const message = await searchFor('江津专精特新'.repeat(1667).slice(0, 10_000));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(message).toContain('查询过长');
  });

  it('takes a 10,000-character query from the URL without failing', async () => {
    await page.goto(`${site.origin}/search/?q=${'a'.repeat(10_000)}`);
    await expect.poll(() => results().getAttribute('data-search-state'), { timeout: 5_000 }).toBe('done');
    expect(await status().textContent()).toContain('查询过长');
  });

  it.each(['，。！？……“”', '😀🏭🎉', '～＠＃￥%'])('explains that %j cannot be searched', async (query) => {
    const message = await searchFor(query);
    expect(message).toContain('标点符号和表情符号不能单独搜索');
    expect(await results().getByRole('link').count()).toBe(0);
  });
});

describe('bad input in the header box', () => {
  it('shows markup as text and runs nothing', async () => {
    await page.goto(`${site.origin}/about/`);
    await page.getByRole('searchbox', { name: '搜索报道' }).fill('<img src=x onerror="window.pwned=1">');
    await expect
      .poll(() => page.locator('.site-search__status').textContent(), { timeout: 10_000 })
      .toMatch(/找到/);
    expect(await injected()).toBe(false);
    expect(dialogs).toEqual([]);
  });
});
