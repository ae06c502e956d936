/** Offline reading in browser tests: a first visit that lets the service worker finish, then no network. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { StaticServer } from './serve.ts';

/** Waits until the page is controlled by an active service worker (its precache is complete). */
export async function waitForWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** A reader's first visit: a new context whose page has opened `url` and whose worker is in control. */
export async function firstVisit(
  browser: Browser,
  url: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await waitForWorker(page);
  return { context, page };
}

/** The network gone: the site's server closed and the browser offline. */
export async function goOffline(server: StaticServer, context: BrowserContext): Promise<void> {
  await server.close();
  await context.setOffline(true);
}
