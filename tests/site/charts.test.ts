/**
 * The charts as readers get them: a `<picture>` of chart files rendered once per build, a title, a
 * table behind a 表格 tab, one source line, and downloads that exist in dist/; no chart inlined in a page.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, loadPage, readReportSources, requireDist } from '../helpers/dist.ts';

beforeAll(requireDist);

const reports = readReportSources();
const figuresOf = (path: string) => [...loadPage(path).querySelectorAll('figure.chart')];
/** A dist/ file of a site address (no base path in tests). */
const file = (address: string) => join(DIST, decodeURI(address.split('#')[0] ?? ''));
const pages = ['/', ...reports.map(({ slug }) => `/reports/${slug}/`), '/indicators/industrial-output/'];

describe('charts in the pages', () => {
  it('are at least 12 distinct charts, every report has one, and the home page has a headline chart', () => {
    const ids = reports.flatMap(({ slug }) => figuresOf(`/reports/${slug}/`).map((figure) => figure.id));
    expect(new Set(ids).size).toBeGreaterThanOrEqual(12);
    for (const { slug } of reports) expect(figuresOf(`/reports/${slug}/`).length, slug).toBeGreaterThan(0);
    expect(figuresOf('/')).toHaveLength(1);
  });

  it.each(pages)('are complete figures in %s, with no inline SVG', (path) => {
    const figures = figuresOf(path);
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      expect(figure.querySelector('svg'), figure.id).toBeNull();
      const img = figure.querySelector('picture img');
      expect(img?.getAttribute('alt'), figure.id).toMatch(/图表；各数值见“表格”/);
      const sources = [...figure.querySelectorAll('picture source')];
      expect(
        sources.some((source) => /prefers-color-scheme: dark/.test(source.getAttribute('media') ?? '')),
      ).toBe(true);
      for (const address of [
        img?.getAttribute('src') ?? '',
        ...sources.map((s) => s.getAttribute('srcset') ?? ''),
      ])
        expect(existsSync(file(address)), address).toBe(true);
      expect(figure.querySelector('figcaption .chart__title')?.textContent).toBeTruthy();
      expect(figure.querySelector('.chart__panel--table tbody tr'), figure.id).not.toBeNull();
      expect(figure.querySelector('input.chart__tab--chart')?.hasAttribute('checked')).toBe(true);
      expect(figure.querySelector('.chart__source')?.textContent).toMatch(
        /数据来源：《.+》（\d{4}年\d{1,2}月\d{1,2}日）/,
      );
      const downloads = [...figure.querySelectorAll('.chart__actions a, .chart__cite a')].map(
        (a) => a.getAttribute('href') ?? '',
      );
      expect(downloads.filter((address) => /\.(csv|svg|png|json|bib)$/.test(address))).toHaveLength(6);
      for (const address of downloads) {
        const target = address.endsWith('/') ? join(file(address), 'index.html') : file(address);
        expect(existsSync(target), address).toBe(true);
      }
      expect(figure.querySelector('.chart__cite p')?.textContent).toMatch(/\[EB\/OL\]/);
      for (const link of figure.querySelectorAll('.chart__panel--table a')) {
        const [target, anchor] = (link.getAttribute('href') ?? '').split('#');
        // An anchor alone is a sentence of this very page.
        expect(
          loadPage(target || path)
            .getElementById(anchor ?? '')
            ?.classList.contains('fact'),
          path,
        ).toBe(true);
      }
    }
  });

  it('keep ids unique on a page', () => {
    for (const path of pages) {
      const ids = [...loadPage(path).querySelectorAll('[id]')].map((element) => element.id);
      expect(
        ids.filter((id, index) => ids.indexOf(id) !== index),
        path,
      ).toEqual([]);
    }
  });
});

describe('chart files', () => {
  const folders = readdirSync(join(DIST, 'charts'));

  it.each(folders)('%s: six drawings, PNG, share card, CSV and citation', (key) => {
    const dir = join(DIST, 'charts', key);
    const names = readdirSync(dir);
    for (const size of ['phone-s', 'phone', 'desktop'])
      for (const theme of ['light', 'dark']) {
        const svg = readFileSync(join(dir, `${size}-${theme}.svg`), 'utf8');
        expect(svg).toMatch(/^<svg[^>]* xmlns="http:\/\/www.w3.org\/2000\/svg"/);
        expect(svg, `${key}/${size}-${theme}`).not.toMatch(/\sstyle=|<style|var\(--/);
      }
    const png = readFileSync(join(dir, `${key}.png`));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const card = readFileSync(join(dir, `${key}-card.png`));
    // Width and height from the PNG header: WeChat's 1080×1350.
    expect([card.readUInt32BE(16), card.readUInt32BE(20)]).toEqual([1080, 1350]);
    expect(readFileSync(join(dir, `${key}.csv`), 'utf8')).toMatch(/^\uFEFFperiod,metric,/);
    expect(JSON.parse(readFileSync(join(dir, `${key}.csl.json`), 'utf8'))[0].URL).toContain(
      `/charts/${key}/`,
    );
    expect(readFileSync(join(dir, `${key}.bib`), 'utf8')).toMatch(/^@misc\{jiangjin-/);
    expect(names).toContain('index.html');
  });
});

describe('page weight', () => {
  it('keeps every report page under 100 kB with its charts', () => {
    for (const { slug } of reports) {
      const size = statSync(join(DIST, 'reports', slug, 'index.html')).size;
      expect(size, slug).toBeLessThan(100_000);
      // The popovers carry only the report's own values (the latest load from latest.json): the
      // longest report fell from 90.7 kB to 85.2 kB, and a page that repeats other reports' values
      // in its popovers again fails here.
      expect(size, slug).toBeLessThan(88_000);
    }
  });

  it('spends no bytes repeating per figure or per table row what the page already says', () => {
    for (const { slug } of reports) {
      const html = readFileSync(join(DIST, 'reports', slug, 'index.html'), 'utf8');
      // Figures and popovers are styled by position, and the metric is in the popover's id.
      expect(html, slug).not.toMatch(
        /class="fact__(?:link|more)"|class="fact-pop__links"|<span class="fact"[^>]*data-metric/,
      );
      // A chart's table links to this page's sentences by anchor, without its address and title.
      expect(html, slug).not.toContain(`href="/reports/${slug}/#`);
    }
  });
});
