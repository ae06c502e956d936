/** Offline reading in browser tests: waiting for the service worker after a first visit, then no network. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './serve.ts';

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

/**
 * A reader's first visit: the built site (or `root`) served, `path` opened in a fresh context, and the
 * service worker active with its precache complete.
 */
export async function firstVisit(
  browser: Browser,
  { root, path = '/' }: { root?: string; path?: string } = {},
): Promise<{ server: StaticServer; context: BrowserContext; page: Page }> {
  const server = await serveStatic(root);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.origin}${path}`);
  await waitForWorker(page);
  return { server, context, page };
}
