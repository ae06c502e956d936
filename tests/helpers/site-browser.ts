/**
 * The setup most browser tests share (starlight `__e2e__/test-utils.ts`): the built site served on a free
 * loopback port and one Chromium, started once before a file's tests and closed after them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { requireDist } from './dist.ts';
import { serveStatic, type StaticServer } from './serve.ts';

/** The served site and the browser of a test file, available once its `beforeAll` hooks have run. */
export interface SiteBrowser {
  /** `http://127.0.0.1:<port>` of the served dist/. */
  readonly origin: string;
  /** The file's Chromium. */
  readonly browser: Browser;
}

/**
 * Registers hooks that serve dist/ and launch Chromium before the calling file's tests, and close both
 * after them. Call it at the top level of the file, before any hook that uses the browser.
 */
export function useSiteBrowser(): SiteBrowser {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    requireDist();
    [server, browser] = await Promise.all([serveStatic(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined)
      throw new Error('the site and browser start in beforeAll: use them in a test or hook');
    return value;
  };
  return {
    get origin() {
      return started(server).origin;
    },
    get browser() {
      return started(browser);
    },
  };
}
