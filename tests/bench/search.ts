/**
 * Search benchmark: `npm run bench:search`. Serves the built site on loopback, drives Chromium, and
 * prints a table: keystroke → rendered results with a warm index (median, p95), page load → first
 * results on /search/?q=, and bytes fetched for a first query from a report page. Builds the site
 * only when dist/ is missing. No service worker, so every byte comes from the network.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { DIST, ROOT } from '../helpers/dist.ts';
import { readTerms } from '../helpers/search.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';

/** Rounds of every term for the keystroke timings, and page loads for the first-results timing. */
const ROUNDS = 5;
const LOADS = 15;
const BYTES_QUERY = '专精特新';

/** The value below which `p` of the sorted samples fall (nearest rank). */
function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

/** Records, in the page, when the result list is drawn for a search: the frame after it says `done`. */
async function watchResults(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { lastKey: number; drawn: number };
    w.lastKey = 0;
    w.drawn = 0;
    // Chinese arrives through an input method as an input event, not a keydown: time from the input.
    document.addEventListener('input', (event) => (w.lastKey = event.timeStamp), true);
    const list = document.querySelector('[data-search-results]')!;
    new MutationObserver(() => {
      if (list.getAttribute('data-search-state') === 'done')
        requestAnimationFrame(() => (w.drawn = performance.now()));
    }).observe(list, { attributes: true, attributeFilter: ['data-search-state'] });
  });
}

/** Milliseconds from a keystroke to the results drawn, for each term, with the index warm. */
async function keystrokeTimes(browser: Browser, server: StaticServer, terms: string[]): Promise<number[]> {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/search/`);
  await watchResults(page);
  const box = page.getByRole('searchbox', { name: '搜索词' });
  const times: number[] = [];
  for (let round = -1; round < ROUNDS; round++) {
    for (const term of terms) {
      const chars = Array.from(term);
      await box.fill(chars.slice(0, -1).join(''));
      await page.waitForTimeout(30);
      await page.evaluate(() => ((window as unknown as { drawn: number }).drawn = 0));
      await box.pressSequentially(chars.at(-1) ?? '');
      await page.waitForFunction(() => (window as unknown as { drawn: number }).drawn > 0);
      const ms = await page.evaluate(() => {
        const w = window as unknown as { lastKey: number; drawn: number };
        return w.drawn - w.lastKey;
      });
      // Round -1 warms the index (loads its chunks and fragments); it is not counted.
      if (round >= 0) times.push(ms);
    }
  }
  await page.close();
  return times;
}

/** Milliseconds from navigation start to the first results drawn on /search/?q=, cold cache each time. */
async function firstResultTimes(browser: Browser, server: StaticServer, terms: string[]): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(terms[i % terms.length] ?? '')}`);
    await page.waitForSelector('[data-search-results][data-search-state="done"]', { state: 'attached' });
    times.push(
      await page.evaluate(
        () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))),
      ),
    );
    await context.close();
  }
  return times;
}

/** Bytes fetched from focusing the header box on a report page to the first results, by kind. */
async function queryBytes(browser: Browser, server: StaticServer): Promise<Record<string, number>> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${server.origin}/reports/2023-work-review/`, { waitUntil: 'networkidle' });
  const bytes: Record<string, number> = {
    'search code (JS)': 0,
    'Pagefind runtime (JS + wasm)': 0,
    'index + fragments': 0,
  };
  page.on('requestfinished', (request) => {
    void request.sizes().then((sizes) => {
      const path = new URL(request.url()).pathname;
      const kind = path.startsWith('/_astro/')
        ? 'search code (JS)'
        : /\/pagefind\/(pagefind(-worker)?\.js|wasm\.)/.test(path)
          ? 'Pagefind runtime (JS + wasm)'
          : 'index + fragments';
      bytes[kind] = (bytes[kind] ?? 0) + sizes.responseBodySize + sizes.responseHeadersSize;
    });
  });
  await page.getByRole('searchbox', { name: '搜索报道' }).fill(BYTES_QUERY);
  await page.getByRole('list', { name: '搜索结果' }).getByRole('link').first().waitFor();
  await page.waitForLoadState('networkidle');
  await context.close();
  return bytes;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
/** Columns as a terminal shows them: Chinese characters take two. */
const width = (text: string) =>
  Array.from(text).reduce((sum, char) => sum + (/\p{Script=Han}/u.test(char) ? 2 : 1), 0);
const pad = (text: string, to: number) => text + ' '.repeat(Math.max(0, to - width(text)));
const kb = (value: number) => `${(value / 1024).toFixed(1)} kB`;

if (!existsSync(join(DIST, 'index.html'))) execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
const terms = readTerms();
const server = await serveStatic();
const browser = await launchChromium();
try {
  const keys = await keystrokeTimes(browser, server, terms);
  const loads = await firstResultTimes(browser, server, terms);
  const bytes = await queryBytes(browser, server);
  const total = Object.values(bytes).reduce((sum, value) => sum + value, 0);
  const rows = [
    ['measure', 'median', 'p95', 'samples'],
    [
      'keystroke → results drawn (warm index)',
      ms(percentile(keys, 50)),
      ms(percentile(keys, 95)),
      String(keys.length),
    ],
    [
      'page load → first results (/search/?q=)',
      ms(percentile(loads, 50)),
      ms(percentile(loads, 95)),
      String(loads.length),
    ],
    ...Object.entries(bytes).map(([kind, value]) => [
      `bytes for "${BYTES_QUERY}": ${kind}`,
      kb(value),
      '',
      '1',
    ]),
    [`bytes for "${BYTES_QUERY}": total`, kb(total), '', '1'],
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => width(row[column] ?? ''))));
  const line = (row: string[]) =>
    `| ${row.map((cell, column) => pad(cell, widths[column] ?? 0)).join(' | ')} |`;
  console.log(
    [
      line(rows[0]!),
      `|${widths.map((columns) => '-'.repeat(columns + 2)).join('|')}|`,
      ...rows.slice(1).map(line),
    ].join('\n'),
  );
  const p95 = percentile(keys, 95);
  console.log(
    p95 < 50
      ? `\nkeystroke p95 ${ms(p95)}: within the 50 ms aim`
      : `\nkeystroke p95 ${ms(p95)}: OVER the 50 ms aim`,
  );
} finally {
  await browser.close();
  await server.close();
}
