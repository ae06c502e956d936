/** The home page tells Jiangjin's story from the data: key figures, the headline's message, entry points. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, loadPage, requireDist } from '../helpers/dist.ts';

beforeAll(requireDist);

interface Row {
  metric: string;
  period: string;
  value: number;
  report: string;
}

describe('the home page', () => {
  const home = () => loadPage('/');
  const rows = () => JSON.parse(readFileSync(join(DIST, 'data/indicators.json'), 'utf8')) as Row[];

  it('shows key-figure tiles with the latest value, each linked to its indicator with a trend line', () => {
    const tiles = [...home().querySelectorAll('a.key-figure')];
    expect(tiles.length).toBeGreaterThanOrEqual(3);
    const output = home().querySelector('a.key-figure[href="/indicators/industrial-output/"]');
    const latest = rows()
      .filter((row) => row.metric === 'industrial-output' && /^\d{4}$/.test(row.period))
      .sort((a, b) => a.period.localeCompare(b.period))
      .at(-1);
    expect(output?.textContent).toContain(`${latest?.period}年`);
    expect(output?.textContent?.replace(/,/g, '')).toContain(String(latest?.value));
    expect(output?.querySelector('svg path')?.getAttribute('d')).toMatch(
      /^M[\d.]+ [\d.]+( L[\d.]+ [\d.]+)+$/,
    );
  });

  it('titles the headline chart with the gap to the newest target and the growth it needs', () => {
    const data = rows();
    const actual = data
      .filter((row) => row.metric === 'industrial-output' && /^\d{4}$/.test(row.period))
      .sort((a, b) => a.period.localeCompare(b.period))
      .at(-1);
    const target = data.filter((row) => row.metric === 'industrial-output-target').at(-1);
    const gap = Math.round(((target?.value ?? 0) - (actual?.value ?? 0)) * 10) / 10;
    const title = home().querySelector('#chart-headline-output .chart__title')?.textContent ?? '';
    expect(title).toContain(`还差${gap}亿元`);
    expect(title).toMatch(/需年均增长[\d.]+%/);
    expect(home().querySelector('.home-note')?.textContent).toMatch(/目标调整过.*2000亿元.*上调为.*2500亿元/);
  });

  it('gives the headline chart’s downloads the title the page shows', () => {
    const figure = home().querySelector('#chart-headline-output');
    const title = figure?.querySelector('.chart__title')?.textContent ?? '';
    const svg = figure?.querySelector('.chart__actions a[href$=".svg"]')?.getAttribute('href') ?? '';
    expect(title).toContain('还差');
    expect(readFileSync(join(DIST, svg), 'utf8')).toContain(`>${title}</title>`);
  });

  it('leads to topics, entities, the timeline, the data and all reports', () => {
    for (const path of ['/topics/', '/entities/', '/timeline/', '/data/', '/reports/']) {
      expect(home().querySelector(`main a[href="${path}"]`), path).not.toBeNull();
    }
  });

  it('lists only the newest few reports and stays small', () => {
    expect(home().querySelectorAll('.report-card').length).toBeLessThanOrEqual(4);
    // Report count does not grow the page; 1,500 elements is the budget at 1,000 reports.
    expect(home().querySelectorAll('*').length).toBeLessThan(1500);
  });
});
