/**
 * Offline reading and search: after one visit, with the server gone, a reader opens another report and
 * searches; pages opened once stay readable, others show the offline page (503); downloads open; every
 * report can be saved and the space freed; an unsaved search result says so. And a new build: the waiting worker is offered through the update notice, and accepting it
 * brings the new pages.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeServiceWorker } from '../../src/integrations/service-worker.ts';
import { launchChromium } from '../helpers/browser.ts';
import { DIST, loadPage, requireDist } from '../helpers/dist.ts';
import { expectedPages, indexedPages } from '../helpers/search.ts';
import { serveStatic } from '../helpers/serve.ts';

requireDist();
/** Two indicator pages: not stored up front (only the shell and the newest reports are). */
const [INDICATOR = '', OTHER_INDICATOR = ''] = readdirSync(join(DIST, 'indicators'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => `/indicators/${entry.name}/`)
  .sort();
/** Words found on OTHER_INDICATOR. */
const OTHER_NAME = indicatorName(OTHER_INDICATOR);
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

/** Waits until the page is controlled by an active service worker (the precache is complete). */
async function waitForWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
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
    const server = await serveStatic(copyOfSite());
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await waitForWorker(page);
    await server.close();
    await context.setOffline(true);
    await expect(fetch(`${server.origin}/`)).rejects.toThrow();

    await page.goto(`${server.origin}/reports/2023-work-review/`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('扬帆起航风正劲');

    const box = page.getByRole('searchbox', { name: '搜索报道' });
    await box.fill('巨湾技研');
    const panel = page.getByRole('list', { name: '搜索结果' });
    const holding = expectedPages(indexedPages(), '巨湾技研').length;
    await expect.poll(() => panel.getByRole('link').count(), { timeout: 15_000 }).toBe(Math.min(holding, 6));

    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('亩均论英雄')}`);
    const results = page.locator('[data-search-results]');
    await expect.poll(() => results.getAttribute('data-search-state'), { timeout: 15_000 }).toBe('done');
    expect(await results.getByRole('link').first().getAttribute('href')).toMatch(
      /^\/reports\/2023-work-review\//,
    );

    // An address never stored: the offline page, saying so with status 503, not the 404 page with 200.
    const response = await page.goto(`${server.origin}/no-such-page/`);
    expect(response?.status()).toBe(503);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('离线阅读');
    expect(await page.locator('[data-offline-missing]').textContent()).toContain('尚未保存到本机');
    await context.close();
  });

  it('keeps a page opened once for offline reading; one never opened shows the offline page', async () => {
    const server = await serveStatic(copyOfSite());
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await waitForWorker(page);
    // Indicator pages are not stored up front: opened once, they are kept.
    await page.goto(`${server.origin}${INDICATOR}`);
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    await server.close();
    await context.setOffline(true);

    const kept = await page.goto(`${server.origin}${INDICATOR}?hl=x`);
    expect(kept?.status()).toBe(200);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    const never = await page.goto(`${server.origin}${OTHER_INDICATOR}`);
    expect(never?.status()).toBe(503);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('离线阅读');
    await context.close();
  });

  it('opens the data downloads and the feed offline after one visit', async () => {
    const server = await serveStatic(copyOfSite());
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await waitForWorker(page);
    await server.close();
    await context.setOffline(true);
    const read = (path: string) =>
      page.evaluate(async (path) => {
        const response = await fetch(path);
        return { status: response.status, text: (await response.text()).slice(0, 200) };
      }, path);
    expect(await read('/data/indicators.csv')).toMatchObject({
      status: 200,
      text: expect.stringContaining('metric'),
    });
    expect(await read('/data/indicators.json')).toMatchObject({
      status: 200,
      text: expect.stringMatching(/^[[{]/),
    });
    expect(await read('/data/README.md')).toMatchObject({ status: 200, text: expect.stringContaining('#') });
    expect(await read('/rss.xml')).toMatchObject({ status: 200, text: expect.stringContaining('<rss') });
    await context.close();
  });

  it('saves every report for offline reading with a progress bar, and frees the space again', async () => {
    const server = await serveStatic(copyOfSite());
    const context = await browser.newContext();
    const page = await context.newPage();
    // Reached from the search page.
    await page.goto(`${server.origin}/search/`);
    await waitForWorker(page);
    await page.getByRole('link', { name: '离线阅读', exact: true }).click();
    await page.waitForURL('**/offline/');
    const saveAll = page.getByRole('button', { name: /^保存全部报道以便离线阅读（约[\d.]+ (kB|MB)）$/ });
    await expect.poll(() => saveAll.isEnabled(), { timeout: 10_000 }).toBe(true);
    await saveAll.click();
    const status = page.locator('offline-library [role="status"]');
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toContain('全部报道已保存');
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
    const dir = copyOfSite();
    const first = await serveStatic(dir);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${first.origin}/search/`);
    await waitForWorker(page);
    await first.close();
    await context.setOffline(true);

    await page.goto(`${first.origin}/search/?q=${encodeURIComponent(OTHER_NAME)}`);
    const results = page.locator('[data-search-results]');
    await expect.poll(() => results.getAttribute('data-search-state'), { timeout: 15_000 }).toBe('done');
    const item = results.locator('li', { has: page.locator(`a[href^="${OTHER_INDICATOR}"]`) });
    await expect.poll(() => item.locator('.search-result__offline').textContent()).toContain('尚未保存');
    // A report stored up front carries no such note.
    const report = results.locator('li', { has: page.locator('a[href^="/reports/"]') }).first();
    if ((await report.count()) > 0) expect(await report.locator('.search-result__offline').count()).toBe(0);

    await item.getByRole('button', { name: '联网后保存' }).click();
    await expect.poll(() => item.getByRole('button').textContent()).toBe('将在联网后保存');
    const server = await serveStatic(dir, Number(new URL(first.origin).port));
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
    const first = await serveStatic(dir);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${first.origin}/`);
    await waitForWorker(page);
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
