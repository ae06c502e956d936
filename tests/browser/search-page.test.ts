/**
 * The /search/ page: filters by year, topic and kind narrow the results and live in the URL, the back button
 * returns to the previous search, and with JavaScript off the page says so and offers the reports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { DIST, requireDist } from '../helpers/dist.ts';
import { expectedPages, indexedPages } from '../helpers/search.ts';
import { shownPaths } from '../helpers/search-results.ts';
import { useSiteBrowser } from '../helpers/site-browser.ts';

requireDist();
const pages = indexedPages();
const site = useSiteBrowser();

/** A report page's filter values, as the index records them. */
function filterValues(url: string, name: string): string[] {
  const { document } = parseHTML(readFileSync(join(DIST, url, 'index.html'), 'utf8'));
  return [...document.querySelectorAll(`[data-pagefind-filter="${name}[content]"]`)].map(
    (meta) => meta.getAttribute('content') ?? '',
  );
}

describe('search page', () => {
  it('narrows results by year and by topic, and keeps the filters in the URL', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('专精特新')}`);
    const all = await shownPaths(page);
    await page.getByRole('combobox', { name: '年度' }).selectOption('2023');
    const in2023 = await shownPaths(page);
    expect(new URL(page.url()).searchParams.get('year')).toBe('2023');
    expect(in2023.length).toBeGreaterThan(0);
    expect(in2023.length).toBeLessThan(all.length);
    for (const path of in2023) expect(filterValues(path, 'year')).toEqual(['2023']);

    await page.getByRole('combobox', { name: '年度' }).selectOption('');
    await page.getByRole('combobox', { name: '主题' }).selectOption('产融合作');
    const byTopic = await shownPaths(page);
    expect(byTopic.length).toBeGreaterThan(0);
    for (const path of byTopic) expect(filterValues(path, 'topic')).toContain('产融合作');
    await page.close();
  });

  it('narrows results by kind of page, from the form and from ?kind= in the URL', async () => {
    const page = await site.browser.newPage();
    const query = encodeURIComponent('数字化车间');
    await page.goto(`${site.origin}/search/?q=${query}`);
    const all = await shownPaths(page);
    expect(all.some((path) => path.startsWith('/reports/'))).toBe(true);
    expect(all.some((path) => path.startsWith('/indicators/'))).toBe(true);

    await page.getByRole('combobox', { name: '类型' }).selectOption('指标');
    const indicators = await shownPaths(page);
    expect(new URL(page.url()).searchParams.get('kind')).toBe('指标');
    expect(indicators.length).toBeGreaterThan(0);
    for (const path of indicators) expect(filterValues(path, 'kind')).toEqual(['指标']);

    await page.goto(`${site.origin}/search/?q=${query}&kind=${encodeURIComponent('报道')}`);
    const reports = await shownPaths(page);
    expect(await page.getByRole('combobox', { name: '类型' }).inputValue()).toBe('报道');
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.every((path) => path.startsWith('/reports/'))).toBe(true);
    expect(reports.length + indicators.length).toBe(all.length);
    await page.close();
  });

  it('offers every kind of page the index holds, entity kinds too, and filters by them', async () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'phrase-index/index.json'), 'utf8')) as {
      filters: { kind: string[] };
    };
    const entityKinds = entry.filters.kind.filter((kind) => kind !== '报道' && kind !== '指标');
    expect(entityKinds.length).toBeGreaterThan(0);
    const page = await site.browser.newPage();
    const kind = entityKinds[0]!;
    await page.goto(
      `${site.origin}/search/?q=${encodeURIComponent('江津')}&kind=${encodeURIComponent(kind)}`,
    );
    const shown = await shownPaths(page);
    const menu = page.getByRole('combobox', { name: '类型' });
    await expect
      .poll(() => menu.locator('option').allTextContents())
      .toEqual(expect.arrayContaining(['报道', '指标', ...entityKinds]));
    expect(await menu.inputValue()).toBe(kind);
    expect(shown.length).toBeGreaterThan(0);
    for (const path of shown) expect(filterValues(path, 'kind')).toEqual([kind]);
    await page.close();
  });

  it('goes back to the previous search with the back button', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('巨湾技研')}`);
    const first = await shownPaths(page);
    const holding = expectedPages(pages, '巨湾技研');
    expect(first.slice(0, holding.length).sort()).toEqual(holding.sort());
    const box = page.getByRole('searchbox', { name: '搜索词' });
    await box.fill('1797.4');
    await page.getByRole('main').getByRole('button', { name: '搜索', exact: true }).click();
    expect((await shownPaths(page)).sort()).toEqual(expectedPages(pages, '1797.4').sort());
    await page.goBack();
    expect(await box.inputValue()).toBe('巨湾技研');
    expect(await shownPaths(page)).toEqual(first);
    await page.close();
  });

  it('streams excerpts in after the results, the phrase marked', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('巨湾技研')}`);
    await shownPaths(page);
    const list = page.locator('[data-search-results]');
    await expect.poll(() => list.getAttribute('data-excerpts'), { timeout: 15_000 }).toBe('done');
    // The first ten excerpts load at once (FIRST_EXCERPTS in src/scripts/search-page.ts), the rest as
    // they scroll into view; each exact result among them marks the phrase.
    const marks = await list
      .locator('li[data-exact="true"]:nth-child(-n+10) .search-result__excerpt mark')
      .allTextContents();
    expect(marks.length).toBe(Math.min(expectedPages(pages, '巨湾技研').length, 10));
    expect(new Set(marks)).toEqual(new Set(['巨湾技研']));
    await page.close();
  });

  it('says it is searching while the index loads, then how many pages it found', async () => {
    const page = await site.browser.newPage();
    // The index held back, as a slow connection holds it: the status must not stay blank meanwhile.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/phrase-index/index.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('专精特新')}`);
    const status = page.locator('[data-search-status]');
    await expect.poll(() => status.textContent()).toBe('正在搜索“专精特新”……');
    expect(await status.isVisible()).toBe(true);
    release();
    await shownPaths(page);
    expect(await status.textContent()).toMatch(/^找到.*“专精特新”/);
    await page.close();
  });

  it('says what to do when nothing is found', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('ZZQQXX')}`);
    expect(await shownPaths(page)).toEqual([]);
    expect(await page.locator('[data-search-status]').textContent()).toContain('没有找到含“ZZQQXX”的页面');
    expect(await page.getByRole('link', { name: '全部报道' }).isVisible()).toBe(true);
    await page.close();
  });

  it('suggests close terms, the topics and the simplified form when no page holds the query', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('巨湾电池工厂')}`);
    await shownPaths(page);
    const suggest = page.locator('.search-suggest');
    await expect.poll(() => suggest.isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('link', { name: '巨湾技研' }).first().isVisible()).toBe(true);
    expect(await page.locator('.search-empty').getByRole('link', { name: '专精特新' }).isVisible()).toBe(
      true,
    );
    // Traditional characters no page holds: searched as simplified, and the page says so.
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('巨灣電池工廠')}`);
    await shownPaths(page);
    await expect
      .poll(() => page.locator('.search-simplified').textContent())
      .toContain('已按简体字“巨湾电池工厂”搜索');
    // A query a page holds gets no suggestions.
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('巨湾技研')}`);
    await shownPaths(page);
    expect(await page.locator('.search-empty').isVisible()).toBe(false);
    await page.close();
  });

  it('with JavaScript off, says search needs it and links to the reports; the header form still works', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/reports/2023-work-review/`);
    await page.getByRole('searchbox', { name: '搜索报道' }).fill('专精特新');
    await Promise.all([
      page.waitForURL('**/search/?q=*'),
      page.getByRole('searchbox', { name: '搜索报道' }).press('Enter'),
    ]);
    // Playwright's text locators skip <noscript>, which Chromium shows when scripting is off.
    const note = page.locator('noscript .search-note');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('搜索需要启用 JavaScript');
    expect(await page.getByRole('link', { name: '全部报道' }).first().getAttribute('href')).toBe('/reports/');
    await context.close();
  });
});

describe('accessibility', () => {
  it('has no axe violations on the search page with results, nor with the header panel open', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('专精特新')}`);
    await shownPaths(page);
    await page.getByRole('searchbox', { name: '搜索报道' }).fill('巨湾技研');
    await page.getByRole('list', { name: '搜索结果' }).first().getByRole('link').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
