/** Offline reading in browser tests: waiting for the service worker after a first visit, then no network. */
import type { BrowserContext, Page } from 'playwright-core';
import type { StaticServer } from './serve.ts';

/** Waits until the page is controlled by an active service worker (its precache is complete). */
export async function waitForWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The network gone: the site's server closed and the browser offline. */
export async function goOffline(server: StaticServer, context: BrowserContext): Promise<void> {
  await server.close();
  await context.setOffline(true);
}
