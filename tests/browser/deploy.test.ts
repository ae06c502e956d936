/**
 * The site as a host would serve it: built with `SITE_BASE=/jj/` and `SITE_URL`, served only under
 * `/jj/` with the headers of its own `_headers` file (the strict CSP). Every link and asset stays under
 * the path; the manifest, sitemap, feed and service worker know it; every kind of page loads with no
 * `securitypolicyviolation`; search, a chart tooltip, a figure's popover and offline reading work; and a search whose index
 * is missing on the server says so instead of blaming the network. One build, shared by the tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { makeFixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';
import { checkLinks } from '../helpers/links.ts';
import { goOffline, waitForWorker } from '../helpers/offline.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';

const BASE = '/jj/';
const SITE_URL = 'https://example.org';
/** One page of every kind, under the base path. */
const PAGES = [
  '',
  'reports/',
  'reports/2022-industrial-economy/',
  'topics/',
  'topics/investment/',
  'indicators/',
  'indicators/industrial-output/',
  'data/',
  'entities/',
  'entities/dfsk/',
  'about/',
  'guide/',
  `search/?q=${encodeURIComponent('专精特新')}`,
];

let site: FixtureSite;
let dist: string;
let server: StaticServer;
let browser: Browser;

/** The headers of the built `_headers` file, as a static host applies them. */
function shippedHeaders(): Record<string, string> {
  const lines = readFileSync(join(dist, '_headers'), 'utf8').split('\n');
  expect(lines[0]).toBe(`${BASE}*`);
  return Object.fromEntries(
    lines
      .slice(1)
      .filter((line) => line.trim())
      .map((line) => {
        const [name = '', ...value] = line.trim().split(': ');
        return [name, value.join(': ')];
      }),
  );
}

/** A browser context that records every CSP violation of its pages in `violations`. */
async function watchedContext(violations: string[]): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.exposeBinding('__cspViolation', (_source, text: string) => violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __cspViolation(text: string): void }).__cspViolation;
      void report(`${location.pathname}: ${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  return context;
}

beforeAll(async () => {
  site = makeFixtureSite();
  const result = await site.buildSite([], { SITE_BASE: BASE, SITE_URL });
  expect(result.code, result.output).toBe(0);
  dist = join(site.root, 'dist');
  [server, browser] = await Promise.all([
    serveStatic(dist, 0, { base: BASE, headers: shippedHeaders() }),
    launchChromium(),
  ]);
  // A whole build of the site (about 500 pages) on a shared machine takes minutes.
}, 600_000);

afterAll(async () => {
  await browser?.close();
  // The offline test closes the server itself.
  await server?.close().catch(() => undefined);
  site?.remove();
});

describe(`a site built for ${BASE}`, () => {
  it('keeps every link, script, stylesheet and image under the path, and each leads somewhere', () => {
    const { checked, broken } = checkLinks(dist, BASE);
    expect(checked).toBeGreaterThan(500);
    expect(broken).toEqual([]);
  });

  it('tells the manifest, sitemap, feed and service worker where it lives', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8')) as {
      start_url: string;
      scope: string;
      icons: { src: string }[];
    };
    expect(manifest.start_url).toBe(BASE);
    expect(manifest.scope).toBe(BASE);
    for (const icon of manifest.icons) expect(icon.src.startsWith(BASE)).toBe(true);
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
    expect(locs.length).toBeGreaterThan(20);
    for (const loc of locs) expect(loc.startsWith(`${SITE_URL}${BASE}`), loc).toBe(true);
    const feed = readFileSync(join(dist, 'rss.xml'), 'utf8');
    const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((match) => match[1] ?? '');
    expect(links.length).toBeGreaterThan(1);
    for (const link of links) expect(link.startsWith(`${SITE_URL}${BASE}`), link).toBe(true);
    expect(readFileSync(join(dist, 'sw-handlers.js'), 'utf8')).toContain(`"${BASE}offline/index.html"`);
  });
});

describe('a search whose index cannot load', () => {
  it('says the index is missing on the server, not that the network is down', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route('**/phrase-index/**', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto(`${server.origin}${BASE}search/?q=${encodeURIComponent('专精特新')}`);
    const results = page.locator('[data-search-results]');
    await expect.poll(() => results.getAttribute('data-search-state'), { timeout: 20_000 }).toBe('error');
    const message = (
      await page.locator('[data-search-results], .search-status, [role="status"]').allTextContents()
    ).join(' ');
    expect(message).toContain('搜索索引未能加载');
    expect(message).toContain('HTTP 404');
    expect(message).not.toContain('检查网络');
    await context.close();
  });
});

describe('under the shipped Content-Security-Policy header', () => {
  it('loads every kind of page, searches and shows a chart tooltip with no violation; then works offline', async () => {
    const violations: string[] = [];
    const context = await watchedContext(violations);
    const page = await context.newPage();
    for (const path of PAGES) {
      const response = await page.goto(`${server.origin}${BASE}${path}`);
      expect(response?.status(), path).toBe(200);
      expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
      expect(await page.getByRole('heading', { level: 1 }).first().isVisible(), path).toBe(true);
    }
    await page.goto(`${server.origin}${BASE}no-such-page/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('页面不存在');

    // Search: the results page and the header box, results under the base path.
    await page.goto(`${server.origin}${BASE}search/?q=${encodeURIComponent('专精特新')}`);
    const results = page.locator('[data-search-results]');
    await expect.poll(() => results.getAttribute('data-search-state'), { timeout: 20_000 }).toBe('done');
    const hrefs = await results
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) expect(href?.startsWith(BASE), href ?? '').toBe(true);
    await page.goto(`${server.origin}${BASE}reports/2022-industrial-economy/`);
    await page.getByRole('searchbox', { name: '搜索报道' }).fill('巨湾技研');
    const panel = page.getByRole('list', { name: '搜索结果' });
    await expect.poll(() => panel.getByRole('link').count(), { timeout: 15_000 }).toBeGreaterThan(0);

    // A chart's tooltip: the charts are static SVG images; a mark's box comes from its marks.json.
    const figure = page.locator('#chart-industrial-output');
    const img = figure.locator('picture img');
    await img.scrollIntoViewIfNeeded();
    const marks = (await (
      await page.request.get(`${server.origin}${BASE}charts/industrial-output/marks.json`)
    ).json()) as { desktop: { x: number; y: number; w: number; h: number }[] };
    const bar = marks.desktop[0];
    const box = await img.boundingBox();
    if (!bar || !box) throw new Error('no chart mark or image');
    const scale = box.width / 640;
    await page.mouse.move(box.x + (bar.x + bar.w / 2) * scale, box.y + (bar.y + bar.h / 2) * scale);
    await expect.poll(() => figure.locator('.chart-tip').isVisible()).toBe(true);
    // Legend swatches take their colour from classes now that style attributes are gone.
    const swatch = page.locator('.chart__swatch:not(.chart__swatch--ring)').first();
    expect(await swatch.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe(
      'rgba(0, 0, 0, 0)',
    );

    // A figure's popover: its latest values load from under the base path and lead under it.
    await page.locator('#industrial-output-2022 > button').click();
    const latest = page.locator('#fact-pop-industrial-output li a');
    await expect.poll(() => latest.count()).toBe(4);
    expect(await latest.first().getAttribute('href')).toBe(
      `${BASE}reports/2023-work-review/#industrial-output-2023`,
    );
    await page.keyboard.press('Escape');

    // Offline: the worker's scope is the base path; with the server gone, pages and search still work.
    await waitForWorker(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${server.origin}${BASE}`);
    await goOffline(server, context);
    // A report the worker stores up front (which pages are stored up front is the offline plan's choice).
    await page.goto(`${server.origin}${BASE}reports/2023-work-review/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('扬帆起航风正劲');
    await page.goto(`${server.origin}${BASE}search/?q=${encodeURIComponent('亩均论英雄')}`);
    await expect.poll(() => results.getAttribute('data-search-state'), { timeout: 20_000 }).toBe('done');
    expect(await results.getByRole('link').first().getAttribute('href')).toMatch(/^\/jj\/reports\//);

    expect(violations).toEqual([]);
    // The watch works: a style attribute added now is reported (and blocked).
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p style="color: red">x</p>'));
    await expect.poll(() => violations.join('\n')).toContain('style-src');
    await context.close();
  }, 180_000);
});
