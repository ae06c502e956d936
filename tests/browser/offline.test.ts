/**
 * Offline reading and search: after one visit, with the server gone, a reader opens another report and
 * searches. And a new build: the waiting worker is offered through the update notice, and accepting it
 * brings the new pages.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeServiceWorker } from '../../src/integrations/service-worker.ts';
import { launchChromium } from '../helpers/browser.ts';
import { DIST, requireDist } from '../helpers/dist.ts';
import { serveStatic } from '../helpers/serve.ts';

requireDist();
let browser: Browser;
const copies: string[] = [];

/** A copy of the built site that a test may change and serve. */
function copyOfSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jj-offline-'));
  cpSync(DIST, dir, { recursive: true });
  copies.push(dir);
  return dir;
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
    // Two reports name the company; its entity page may be listed too.
    const reports = panel.locator('a[href*="/reports/"]');
    await expect.poll(() => reports.count(), { timeout: 15_000 }).toBe(2);

    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('亩均论英雄')}`);
    const results = page.locator('[data-search-results]');
    await expect.poll(() => results.getAttribute('data-search-state'), { timeout: 15_000 }).toBe('done');
    expect(await results.getByRole('link').first().getAttribute('href')).toMatch(
      /^\/reports\/2023-work-review\//,
    );

    // An address the cache does not hold: the site's own 404 page, not the browser's error.
    await page.goto(`${server.origin}/no-such-page/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('页面不存在');
    await context.close();
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
