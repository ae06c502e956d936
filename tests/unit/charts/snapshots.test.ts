/**
 * Chart snapshots: one chart of each kind drawn from small inline observations (fixtures.ts) at every
 * size, compared with the committed file in tests/charts/snapshots/ (`toMatchFileSnapshot`; run vitest
 * with `-u` to accept a change after looking at it). Coordinates are rounded and one element is put on a
 * line, so diffs stay readable.
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headlineOutput } from '../../../src/charts/headline-output.ts';
import { indicatorChart } from '../../../src/charts/indicator.ts';
import { industrialOutput } from '../../../src/charts/industrial-output.ts';
import { investmentByIndustry } from '../../../src/charts/investment-by-industry.ts';
import { specializedSmes } from '../../../src/charts/specialized-smes.ts';
import type { ChartDefinition } from '../../../src/lib/charts/chart.ts';
import { renderSvg } from '../../../src/lib/charts/render.ts';
import { SIZES, THEMES } from '../../../src/lib/charts/theme.ts';
import { chartEntry } from '../../../src/lib/charts/view.ts';
import type { Observation } from '../../../src/lib/facts/observations.ts';
import { CUMULATIVE, INVESTMENT, OUTPUT, SMES } from './fixtures.ts';

const DIR = resolve(import.meta.dirname, '../../charts/snapshots');
const tech = indicatorChart({ id: 'tech-enterprises', name: '高新技术企业', unit: '家' });

const CASES: [ChartDefinition, Observation[]][] = [
  [headlineOutput, OUTPUT],
  [industrialOutput, OUTPUT],
  [specializedSmes, SMES],
  [investmentByIndustry, INVESTMENT],
  [tech, CUMULATIVE],
];

/** The SVG with coordinates rounded to one decimal and one element per line. */
function normalize(svg: string): string {
  const round = (number: string) => String(Math.round(Number(number) * 10) / 10);
  return `${svg
    .replace(/="([^"]*)"/g, (_all, value: string) => `="${value.replace(/\d+\.\d{2,}/g, round)}"`)
    .replace(/></g, '>\n<')}\n`;
}

describe.each(CASES)('chart %#', (chart, observations) => {
  const entry = chartEntry(chart, observations, 'full');

  it('has figures to draw', () => {
    expect(entry.data.length, chart.id).toBeGreaterThan(0);
  });

  it.each(SIZES.map((size) => [size.name, size] as const))('matches its %s snapshot', async (name, size) => {
    const { svg } = renderSvg(
      chart.plot(entry.data, size.width),
      { id: `${chart.id}-${name}`, title: chart.title, description: 'd' },
      THEMES.light,
    );
    await expect(normalize(svg)).toMatchFileSnapshot(join(DIR, `${chart.id}-${name}.svg`));
  });

  it('is a standalone SVG file: no style attributes, fixed colours, its own ids', () => {
    for (const theme of Object.values(THEMES)) {
      const { svg } = renderSvg(
        chart.plot(entry.data, 640),
        { id: 'x', title: chart.title, description: 'd' },
        theme,
      );
      expect(svg).toMatch(/^<svg[^>]* xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svg).toMatch(/^<svg[^>]* role="img"/);
      expect(svg).not.toMatch(/\sstyle=|<style|var\(--/i);
      expect(svg).toContain(theme.tokens['chart-1']);
      expect(svg).toContain(`<title id="x-title">${chart.title.replace(/"/g, '&quot;')}</title>`);
      for (const [, id] of svg.matchAll(/\bid="([^"]+)"/g)) expect(id).toMatch(/^x-/);
    }
  });
});
