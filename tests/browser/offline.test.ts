/**
 * Offline reading and search: after one visit, with the server gone, a reader opens another report and
 * searches the whole archive (every page holding a query is listed; a result whose page is not saved
 * says so); the first visit stores at most PRECACHE_BUDGET; pages opened once stay readable, others show
 * the offline page (503); downloads open; a stored report's figure popovers list the latest values; every report can be saved and the space freed; an unsaved
 * search result is saved when the network returns. And a new build: the waiting worker is offered
 * through the update notice, and accepting it brings the new pages. Runs on the five reports
 * (`npm test`) and on a generated archive of 1,000 (`npm run test:archive`).
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeServiceWorker } from '../../src/integrations/service-worker.ts';
import type { LatestValues } from '../../src/lib/figures/popover-rows.ts';
import { ARCHIVE_LIST, PRECACHE_BUDGET, type ArchiveList } from '../../src/lib/offline/archive.ts';
import { launchChromium } from '../helpers/browser.ts';
import { DIST, loadPage, requireDist } from '../helpers/dist.ts';
import { precacheEntries } from '../helpers/precache.ts';
import { expectedPages, indexedPages, readTerms } from '../helpers/search.ts';
import { shownPaths, shownResults, type ShownResult } from '../helpers/search-results.ts';
import { firstVisit, goOffline } from '../helpers/offline.ts';
import { serveStatic } from '../helpers/serve.ts';

requireDist();
/** Two indicator pages: not stored up front (only the shell and the newest reports are). */
const [INDICATOR = '', OTHER_INDICATOR = ''] = readdirSync(join(DIST, 'indicators'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => `/indicators/${entry.name}/`)
  .sort();
/** Words found on OTHER_INDICATOR. */
const OTHER_NAME = indicatorName(OTHER_INDICATOR);
/** The pages and files the first visit stores (the precache list), as URL paths. */
const PRECACHED = new Set(
  [...precacheEntries().keys()].map((file) => `/${file.replace(/index\.html$/, '')}`),
);
/** A report page stored up front (the newest reports are), to open offline after visiting the home page. */
const STORED_REPORT = [...PRECACHED].filter((path) => /^\/reports\/[^/]+\/$/.test(path)).sort()[0] ?? '';
const pages = indexedPages();
let browser: Browser;
const copies: string[] = [];

/** A copy of the built site that a test may change and serve. */
function copyOfSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jj-offline-'));
  cpSync(DIST, dir, { recursive: true });
  copies.push(dir);
  return dir;
}

/** The indicator's name, its page's heading. */
function indicatorName(path: string): string {
  return loadPage(path).querySelector('h1')?.textContent?.trim() ?? '';
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('offline', () => {
  it('opens another report and searches after one visit, with the network gone', async () => {
    const { server, context, page } = await firstVisit(browser);
    await goOffline(server, context);
    await expect(fetch(`${server.origin}/`)).rejects.toThrow();

    await page.goto(`${server.origin}${STORED_REPORT}`);
    const heading = loadPage(STORED_REPORT).querySelector('h1')?.textContent?.trim() ?? '';
    expect(heading).not.toBe('');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(heading);

    const box = page.getByRole('searchbox', { name: '搜索报道' });
    await box.fill('巨湾技研');
    const panel = page.getByRole('list', { name: '搜索结果' });
    const holding = expectedPages(pages, '巨湾技研').length;
    await expect.poll(() => panel.getByRole('link').count(), { timeout: 15_000 }).toBe(Math.min(holding, 6));

    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('亩均论英雄')}`);
    // Every page holding it is listed; not the order: offline, without the stored positions, pages
    // holding all its pairs apart come with them (tests/browser/search-*.test.ts check the order).
    expect(await shownPaths(page)).toEqual(expect.arrayContaining(expectedPages(pages, '亩均论英雄')));

    // An address never stored: the offline page, saying so with status 503, not the 404 page with 200.
    const response = await page.goto(`${server.origin}/no-such-page/`);
    expect(response?.status()).toBe(503);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('离线阅读');
    expect(await page.locator('[data-offline-missing]').textContent()).toContain('尚未保存到本机');
    await context.close();
  });

  it('stores the whole precache list on the first visit, within the budget', async () => {
    const { server, context, page } = await firstVisit(browser);
    // Everything the browser holds once the worker is active: the precache and what the visit kept.
    const stored = await page.evaluate(async () => {
      let bytes = 0;
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          bytes += (await (await cache.match(request))!.arrayBuffer()).byteLength;
        }
      }
      return bytes;
    });
    const listed = [...precacheEntries().keys()].reduce(
      (sum, file) => sum + statSync(join(DIST, file)).size,
      0,
    );
    expect(stored).toBeGreaterThanOrEqual(listed);
    expect(stored).toBeLessThanOrEqual(PRECACHE_BUDGET);
    await context.close();
    await server.close();
  });

  it('finds every page holding each term offline, and says which results are not saved', async () => {
    const { server, context, page } = await firstVisit(browser);
    await goOffline(server, context);

    const missed: Array<{ term: string; missing: string[] }> = [];
    const misranked: Array<{ term: string; results: string[] }> = [];
    let widest = { term: '', paths: [] as string[] };
    let checkedStored = 0;
    for (const term of readTerms()) {
      await page.goto(`${server.origin}/search/?q=${encodeURIComponent(term)}`);
      const results = await shownResults(page);
      // Offline, a phrase's positions may not be stored: pages holding all its pairs are listed with the
      // exact matches, so every page holding the phrase must be among those, none of them left out.
      const exact = new Set(results.filter((result) => result.exact).map((result) => result.path));
      const expected = new Set(expectedPages(pages, term));
      const missing = [...expected].filter((path) => !exact.has(path));
      if (missing.length) missed.push({ term, missing });
      // Exact first as far as this device can tell: pages checked to hold the phrase (by its positions,
      // or by the text of a stored page), then those it cannot check, then pages holding it apart. A
      // stored page is always checked.
      const rank = (result: ShownResult) => (!result.exact ? 2 : result.checked ? 0 : 1);
      const wrong = results.filter(
        (result, index) =>
          (result.exact && result.checked && !expected.has(result.path)) ||
          (result.exact && !result.checked && PRECACHED.has(result.path)) ||
          (index > 0 && rank(results[index - 1]!) > rank(result)),
      );
      if (wrong.length) misranked.push({ term, results: wrong.map((result) => result.path) });
      checkedStored += results.filter((result) => result.checked && PRECACHED.has(result.path)).length;
      if (results.length > widest.paths.length)
        widest = { term, paths: results.map((result) => result.path) };
    }
    expect(misranked).toEqual([]);
    expect(checkedStored).toBeGreaterThan(0);
    expect(missed).toEqual([]);

    // The term with the most results, drawn again: each result whose page is not stored says so, and
    // only those.
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(widest.term)}`);
    expect(await shownPaths(page)).toEqual(widest.paths);
    const unsaved = widest.paths.filter((path) => !PRECACHED.has(path)).sort();
    expect(unsaved.length).toBeGreaterThan(0);
    expect(unsaved.length).toBeLessThan(widest.paths.length);
    const noted = () =>
      page
        .locator('[data-search-results] > li:has(.search-result__offline) > a')
        .evaluateAll((links) =>
          links.map((link) => new URL((link as HTMLAnchorElement).href).pathname).sort(),
        );
    await expect.poll(noted, { timeout: 30_000 }).toEqual(unsaved);
    await context.close();
  });

  it('keeps a page opened once for offline reading; one never opened shows the offline page', async () => {
    const { server, context, page } = await firstVisit(browser);
    // Indicator pages are not stored up front: opened once, they are kept.
    await page.goto(`${server.origin}${INDICATOR}`);
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    await goOffline(server, context);

    const kept = await page.goto(`${server.origin}${INDICATOR}?hl=x`);
    expect(kept?.status()).toBe(200);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    const never = await page.goto(`${server.origin}${OTHER_INDICATOR}`);
    expect(never?.status()).toBe(503);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('离线阅读');
    await context.close();
  });

  it('lists the latest values in a stored report’s figure popovers offline', async () => {
    // A popover of the report whose latest values include other reports' (loaded, not on the page).
    const latest = (metric: string) =>
      JSON.parse(readFileSync(join(DIST, 'indicators', metric, 'latest.json'), 'utf8')) as LatestValues;
    const others = (metric: string) =>
      latest(metric).values.filter((value) => !value.href.startsWith(STORED_REPORT));
    const metric =
      [...loadPage(STORED_REPORT).querySelectorAll('.fact-pop')]
        .map((popover) => popover.id.replace(/^fact-pop-/, ''))
        .find((id) => others(id).length > 0) ?? '';
    expect(metric).not.toBe('');
    const { server, context, page } = await firstVisit(browser);
    await goOffline(server, context);
    await page.goto(`${server.origin}${STORED_REPORT}`);
    await page.locator(`.prose .fact > button[popovertarget="fact-pop-${metric}"]`).first().click();
    const rows = page.locator(`#fact-pop-${metric} li`);
    await expect
      .poll(() => rows.allTextContents())
      .toEqual(expect.arrayContaining(others(metric).map((value) => `${value.label}${value.value}`)));
    await context.close();
  });

  it('opens the data downloads and the feed offline after one visit, those stored up front', async () => {
    // Each download is stored up front when small (at five reports, all of them); the larger ones of a
    // big archive are saved with the archive (tests/site/offline.test.ts).
    const beginnings: Record<string, RegExp> = {
      '/data/indicators.csv': /metric/,
      '/data/indicators.json': /^[[{]/,
      '/data/README.md': /#/,
      '/rss.xml': /<rss/,
    };
    const stored = Object.keys(beginnings).filter((url) => PRECACHED.has(url));
    expect(stored.length).toBeGreaterThan(0);
    const { server, context, page } = await firstVisit(browser);
    await goOffline(server, context);
    for (const url of stored) {
      const read = await page.evaluate(async (path) => {
        const response = await fetch(path);
        return { status: response.status, text: (await response.text()).slice(0, 200) };
      }, url);
      expect(read, url).toMatchObject({ status: 200, text: expect.stringMatching(beginnings[url]!) });
    }
    await context.close();
  });

  it('saves every report for offline reading with a progress bar, and frees the space again', async () => {
    // A fresh copy: files modified just now give Chromium's HTTP cache no heuristic freshness, so a page
    // whose saved copy was freed cannot be answered from it offline.
    // Reached from the search page.
    const { server, context, page } = await firstVisit(browser, { root: copyOfSite(), path: '/search/' });
    await page.getByRole('link', { name: '离线阅读', exact: true }).click();
    await page.waitForURL('**/offline/');
    const saveAll = page.getByRole('button', { name: /^保存全部报道以便离线阅读（约[\d.]+ (kB|MB)）$/ });
    await expect.poll(() => saveAll.isEnabled(), { timeout: 10_000 }).toBe(true);
    await saveAll.click();
    const status = page.locator('offline-library [role="status"]');
    // A minute, and a second more for each 2 MB to save (a generated archive holds hundreds of MB).
    const { bytes } = JSON.parse(readFileSync(join(DIST, ARCHIVE_LIST), 'utf8')) as ArchiveList;
    const timeout = 60_000 + Math.round(bytes / 2_000_000) * 1000;
    await expect.poll(() => status.textContent(), { timeout }).toContain('全部报道已保存');
    const progress = page.getByRole('progressbar', { name: '保存进度' });
    expect(await progress.evaluate((bar: HTMLProgressElement) => bar.value === bar.max && bar.max > 20)).toBe(
      true,
    );

    await context.setOffline(true);
    await page.goto(`${server.origin}${OTHER_INDICATOR}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).not.toBe('离线阅读');
    await context.setOffline(false);

    await page.goto(`${server.origin}/offline/`);
    await page.getByRole('button', { name: /^释放空间/ }).click();
    await expect.poll(() => status.textContent()).toContain('已释放空间');
    await context.setOffline(true);
    const gone = await page.goto(`${server.origin}${OTHER_INDICATOR}`);
    expect(gone?.status()).toBe(503);
    await context.close();
    await server.close();
  });

  it('says so on an offline result whose page is not saved, and saves it when the network returns', async () => {
    const { server: first, context, page } = await firstVisit(browser, { path: '/search/' });
    await goOffline(first, context);

    await page.goto(`${first.origin}/search/?q=${encodeURIComponent(OTHER_NAME)}`);
    expect(await shownPaths(page)).toContain(OTHER_INDICATOR);
    const results = page.locator('[data-search-results]');
    const item = results.locator('li', { has: page.locator(`a[href^="${OTHER_INDICATOR}"]`) });
    await expect.poll(() => item.locator('.search-result__offline').textContent()).toContain('尚未保存');

    await item.getByRole('button', { name: '联网后保存' }).click();
    await expect.poll(() => item.getByRole('button').textContent()).toBe('将在联网后保存');
    const server = await serveStatic(DIST, Number(new URL(first.origin).port));
    await context.setOffline(false);
    await expect.poll(() => item.getByRole('button').textContent(), { timeout: 15_000 }).toBe('已保存');
    await context.setOffline(true);
    const saved = await page.goto(`${server.origin}${OTHER_INDICATOR}`);
    expect(saved?.status()).toBe(200);
    await context.close();
    await server.close();
  });

  it('offers a new build through the update notice, and shows it once accepted', async () => {
    const dir = copyOfSite();
    const { server: first, context, page } = await firstVisit(browser, { root: dir });
    const notice = page.getByRole('button', { name: '有新版本，点此刷新' });
    expect(await notice.isVisible()).toBe(false);

    // A new build: one page changes, and the service worker is generated again.
    const file = join(dir, 'about/index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('<h1>', '<h1>【新版】'));
    await writeServiceWorker(dir);
    await first.close();
    const server = await serveStatic(dir, Number(new URL(first.origin).port));
    await page.reload();
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect.poll(() => notice.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.getByRole('status').filter({ has: notice }).count()).toBe(1);

    await Promise.all([page.waitForEvent('load'), notice.click()]);
    await page.goto(`${server.origin}/about/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('【新版】');
    await context.close();
    await server.close();
  });
});
