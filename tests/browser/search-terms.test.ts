/**
 * Every query of tests/search/terms.txt, searched on /search/ in Chromium: every page that holds the
 * query as a phrase is listed (100% recall), and all of them rank above pages that only hold its
 * characters apart. The expected pages come from the built pages' indexed text, of the five reports
 * (`npm test`) or of a generated archive of 1,000 (`npm run test:archive`).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_REGISTRY } from '../../src/lib/entities/registry.ts';
import { readReportSources, requireDist } from '../helpers/dist.ts';
import { expectedPages, indexedPages, readTerms } from '../helpers/search.ts';
import { searchPaths } from '../helpers/search-results.ts';
import { useSiteBrowser } from '../helpers/site-browser.ts';

requireDist();
const pages = indexedPages();
const terms = readTerms();
const site = useSiteBrowser();
let page: Page;

beforeAll(async () => {
  page = await site.browser.newPage();
});

describe('search for every term in the list', () => {
  it('indexes every report, indicator and entity page, and no other page', () => {
    const urls = pages.map((indexed) => indexed.url);
    expect(urls.filter((url) => url.startsWith('/reports/'))).toHaveLength(readReportSources().length);
    expect(urls.filter((url) => url.startsWith('/indicators/')).length).toBeGreaterThanOrEqual(25);
    expect(urls.filter((url) => url.startsWith('/entities/'))).toHaveLength(ENTITY_REGISTRY.entities.length);
    expect(urls.filter((url) => !/^\/(reports|indicators|entities)\/[a-z0-9-]+\/$/.test(url))).toEqual([]);
  });

  it.each(terms)('%s: lists every page holding it, exact matches first', async (term) => {
    const expected = expectedPages(pages, term);
    expect(expected.length, 'a term in the list should be found somewhere').toBeGreaterThan(0);
    const listed = await searchPaths(page, site.origin, term);
    expect(new Set(listed).size, 'each page once').toBe(listed.length);
    expect(listed.slice(0, expected.length).sort()).toEqual([...expected].sort());
  });
});
