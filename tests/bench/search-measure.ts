/**
 * Measuring search on a served site, for `npm run bench:search` and `npm run bench:scale`: keystroke →
 * results drawn with a warm index, page load → first results on /search/?q=, and the bytes and requests
 * one query costs from a report page. Chromium with no service worker: every byte comes from the network.
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';

/** What to measure. */
export interface SearchMeasureOptions {
  /** The served site's root, with its base path: `http://127.0.0.1:4321/` or `…/jj/`. */
  site: string;
  /** Queries typed for the keystroke and page-load timings. */
  queries: string[];
  /** Queries whose bytes and requests are counted (default 专精特新, a common one, and 巨湾技研, a rare one). */
  bytesQueries?: string[];
  /** A page with the header search box, relative to `site` (default the first report of /reports/). */
  page?: string;
  /** Rounds of every query for the keystroke timings (after one warm-up round). Default 5. */
  rounds?: number;
  /** Cold page loads for the first-results timing. Default 15. */
  loads?: number;
  /** A browser to use; one is launched (and closed) when absent. */
  browser?: Browser;
}

/** Bytes and requests of one query, by kind of file. */
export interface QueryCost {
  query: string;
  /** Kind → bytes (response headers and body, as transferred). */
  bytes: Record<string, number>;
  requests: Record<string, number>;
}

/** The measures: samples in milliseconds, and the cost of each bytes query. */
export interface SearchMeasures {
  keystroke: number[];
  firstResults: number[];
  costs: QueryCost[];
}

/** The value below which `p` % of the samples fall (nearest rank). */
export function percentile(samples: number[], p: number): number {
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

/** Milliseconds from a keystroke to the results drawn, for each query, with the index warm. */
async function keystrokeTimes(browser: Browser, site: string, queries: string[], rounds: number) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(new URL('search/', site).href);
  await watchResults(page);
  const box = page.getByRole('searchbox', { name: '搜索词' });
  const times: number[] = [];
  for (let round = -1; round < rounds; round++) {
    for (const query of queries) {
      const chars = Array.from(query);
      await box.fill(chars.slice(0, -1).join(''));
      await page.waitForTimeout(30);
      await page.evaluate(() => ((window as unknown as { drawn: number }).drawn = 0));
      await box.pressSequentially(chars.at(-1) ?? '');
      await page.waitForFunction(() => (window as unknown as { drawn: number }).drawn > 0);
      const ms = await page.evaluate(() => {
        const w = window as unknown as { lastKey: number; drawn: number };
        return w.drawn - w.lastKey;
      });
      // Round -1 warms the index (loads its chunks); it is not counted.
      if (round >= 0) times.push(ms);
    }
  }
  await context.close();
  return times;
}

/** Milliseconds from navigation start to the first results drawn on /search/?q=, cold cache each time. */
async function firstResultTimes(browser: Browser, site: string, queries: string[], loads: number) {
  const times: number[] = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(new URL(`search/?q=${encodeURIComponent(queries[i % queries.length] ?? '')}`, site).href);
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

/** Which kind of file a search request fetched. */
function kindOf(path: string): string {
  if (path.includes('/_astro/')) return 'search code (JS)';
  if (path.includes('/phrase-index/')) return 'phrase index';
  if (path.includes('/pagefind/fragment/')) return 'fragments (excerpts)';
  return 'other';
}

/** Bytes and requests from focusing the header box on `pagePath` to the first results, idle network. */
async function queryCost(
  browser: Browser,
  site: string,
  pagePath: string,
  query: string,
): Promise<QueryCost> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(new URL(pagePath, site).href, { waitUntil: 'networkidle' });
  const cost: QueryCost = { query, bytes: {}, requests: {} };
  const pending: Array<Promise<void>> = [];
  page.on('requestfinished', (request) => {
    pending.push(
      request.sizes().then((sizes) => {
        const kind = kindOf(new URL(request.url()).pathname);
        cost.bytes[kind] = (cost.bytes[kind] ?? 0) + sizes.responseBodySize + sizes.responseHeadersSize;
        cost.requests[kind] = (cost.requests[kind] ?? 0) + 1;
      }),
    );
  });
  await page.getByRole('searchbox', { name: '搜索报道' }).fill(query);
  await page.getByRole('list', { name: '搜索结果' }).getByRole('link').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  await Promise.all(pending);
  await context.close();
  return cost;
}

/** Measures search on the site at `options.site` (see {@link SearchMeasureOptions}). */
export async function measureSearch(options: SearchMeasureOptions): Promise<SearchMeasures> {
  const { site, queries, rounds = 5, loads = 15 } = options;
  const browser = options.browser ?? (await launchChromium());
  try {
    const pagePath = options.page ?? (await firstReport(browser, site));
    const keystroke = await keystrokeTimes(browser, site, queries, rounds);
    const firstResults = await firstResultTimes(browser, site, queries, loads);
    const costs: QueryCost[] = [];
    for (const query of options.bytesQueries ?? ['专精特新', '巨湾技研'])
      costs.push(await queryCost(browser, site, pagePath, query));
    return { keystroke, firstResults, costs };
  } finally {
    if (!options.browser) await browser.close();
  }
}

/** The first report linked from /reports/, relative to the site root. */
async function firstReport(browser: Browser, site: string): Promise<string> {
  const page = await browser.newPage();
  await page.goto(new URL('reports/', site).href);
  const link = await page.locator('main a[href*="/reports/"]').first().getAttribute('href');
  await page.close();
  return new URL(link ?? 'reports/', new URL('reports/', site)).pathname.replace(new URL(site).pathname, '');
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const kb = (value: number) => `${(value / 1024).toFixed(1)} kB`;
const sum = (values: Record<string, number>) =>
  Object.values(values).reduce((total, value) => total + value, 0);

/** The measures as Markdown table rows: `[measure, median, p95, samples]`. */
export function searchRows(measures: SearchMeasures): string[][] {
  const { keystroke, firstResults, costs } = measures;
  return [
    [
      'keystroke → results drawn (warm index)',
      ms(percentile(keystroke, 50)),
      ms(percentile(keystroke, 95)),
      String(keystroke.length),
    ],
    [
      'page load → first results (/search/?q=)',
      ms(percentile(firstResults, 50)),
      ms(percentile(firstResults, 95)),
      String(firstResults.length),
    ],
    ...costs.flatMap((cost) => [
      ...Object.entries(cost.bytes).map(([kind, bytes]) => [
        `"${cost.query}": ${kind}`,
        `${kb(bytes)} in ${cost.requests[kind]} requests`,
        '',
        '1',
      ]),
      [`"${cost.query}": total`, `${kb(sum(cost.bytes))} in ${sum(cost.requests)} requests`, '', '1'],
    ]),
  ];
}
