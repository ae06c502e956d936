/**
 * Every query of tests/search/terms.txt, searched on /search/ in Chromium: every page that holds the
 * query as a phrase is listed (100% recall), and all of them rank above pages that only hold its
 * characters apart. The expected pages come from the built pages' indexed text.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readReportSources, requireDist } from '../helpers/dist.ts';
import { expectedPages, indexedPages, readTerms } from '../helpers/search.ts';
import { useSiteBrowser } from '../helpers/site-browser.ts';

requireDist();
const pages = indexedPages();
const terms = readTerms();
const site = useSiteBrowser();
let page: Page;

/** The result links of /search/?q=`query`, in rank order, as URL paths. */
async function resultPaths(query: string): Promise<string[]> {
  await page.goto(`${site.origin}/search/?q=${encodeURIComponent(query)}`);
  const list = page.getByRole('list', { name: '搜索结果' }).and(page.locator('[data-search-results]'));
  await expect.poll(() => list.getAttribute('data-search-state'), { timeout: 15_000 }).toBe('done');
  const hrefs = await list
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  return hrefs.map((href) => new URL(href ?? '', site.origin).pathname);
}

beforeAll(async () => {
  page = await site.browser.newPage();
});

describe('search for every term in the list', () => {
  it('indexes every report, indicator and entity page, and no other page', () => {
    const urls = pages.map((indexed) => indexed.url);
    expect(urls.filter((url) => url.startsWith('/reports/'))).toHaveLength(readReportSources().length);
    expect(urls.filter((url) => url.startsWith('/indicators/')).length).toBeGreaterThanOrEqual(25);
    expect(urls.filter((url) => !/^\/(reports|indicators|entities)\/[a-z0-9-]+\/$/.test(url))).toEqual([]);
  });

  it.each(terms)('%s: lists every page holding it, exact matches first', async (term) => {
    const expected = expectedPages(pages, term);
    expect(expected.length, 'a term in the list should be found somewhere').toBeGreaterThan(0);
    const listed = await resultPaths(term);
    expect(new Set(listed).size, 'each page once').toBe(listed.length);
    expect(listed.slice(0, expected.length).sort()).toEqual([...expected].sort());
  });
});
