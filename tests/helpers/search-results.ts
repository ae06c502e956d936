/**
 * Reading the result list of /search/ in Chromium, for the browser tests: every result, all batches
 * drawn, so that a test holds at five reports and at 1,000 (`npm run test:archive`) alike.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** One result as listed on /search/: its page's path and whether it holds the whole query. */
export interface ShownResult {
  path: string;
  exact: boolean;
  /** False for an exact match listed unchecked (offline, neither its positions nor its text stored). */
  checked: boolean;
}

/**
 * The results of the current search on /search/, in rank order, once it is drawn: 显示更多结果 is
 * pressed until every result is listed (it draws the next batch from memory, without a fetch).
 */
export async function shownResults(page: Page): Promise<ShownResult[]> {
  const list = page.locator('[data-search-results]');
  await expect.poll(() => list.getAttribute('data-search-state'), { timeout: 30_000 }).toBe('done');
  const shown = await page.evaluate(() => {
    const more = document.querySelector<HTMLButtonElement>('.search-more');
    while (more && !more.hidden) more.click();
    return [...document.querySelectorAll<HTMLElement>('[data-search-results] > li')].map((item) => ({
      href: item.querySelector('a')?.getAttribute('href') ?? '',
      exact: item.dataset.exact === 'true',
      checked: item.dataset.checked === 'true',
    }));
  });
  return shown.map(({ href, exact, checked }) => ({
    path: new URL(href, page.url()).pathname,
    exact,
    checked,
  }));
}

/** The result paths of the current search on /search/, in rank order, every batch drawn. */
export async function shownPaths(page: Page): Promise<string[]> {
  return (await shownResults(page)).map((result) => result.path);
}

/** Opens /search/?q=`query` at `origin` and returns every result path, in rank order. */
export async function searchPaths(page: Page, origin: string, query: string): Promise<string[]> {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  return shownPaths(page);
}
