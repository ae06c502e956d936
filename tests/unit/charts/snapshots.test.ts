/**
 * Chart snapshots: every chart rendered to SVG (both widths) from the figures marked in the reports, and
 * compared with the committed file in tests/charts/snapshots/. A mismatch writes `<name>-changed.svg`
 * beside it (git ignores those) to look at, and fails; to accept a change, replace the committed file.
 * A missing snapshot is written and the test fails once, so a new chart cannot pass unseen.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../../src/charts/index.ts';
import { indicatorChart, indicatorSegmentsChart } from '../../../src/charts/indicator.ts';
import { WIDTHS, describe as describeChart } from '../../../src/lib/charts/chart.ts';
import { renderSvg } from '../../../src/lib/charts/render.ts';
import { observationsFromFiles } from '../../../src/lib/facts/from-files.ts';
import { METRICS } from '../../../src/lib/facts/registry.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const DIR = join(ROOT, 'tests/charts/snapshots');
// The snapshots draw the five reports they were made from: a sixth report changes no snapshot.
const SNAPSHOT_REPORTS = [
  '2020-investment-attraction',
  '2022-industrial-economy',
  '2023-chengyu-integration',
  '2023-work-review',
  '2024-reform-industry',
];
const observations = observationsFromFiles(join(ROOT, 'content/reports')).filter((observation) =>
  SNAPSHOT_REPORTS.includes(observation.slug),
);

/** The SVG with coordinates rounded to one decimal and one element per line, so diffs stay readable. */
function normalize(svg: string): string {
  const round = (number: string) => String(Math.round(Number(number) * 10) / 10);
  return `${svg
    .replace(/="([^"]*)"/g, (_all, value: string) => `="${value.replace(/\d+\.\d{2,}/g, round)}"`)
    .replace(/></g, '>\n<')}\n`;
}

const output = METRICS.get('industrial-output');
const investment = METRICS.get('investment-agreed');
const charts = [
  ...CHARTS,
  ...(output ? [indicatorChart(output)] : []),
  ...(investment ? [indicatorSegmentsChart(investment)] : []),
];

describe.each(charts)('chart $id', (chart) => {
  const data = chart.select(observations);

  it('has figures to draw', () => {
    expect(data.length).toBeGreaterThan(0);
  });

  it.each(Object.entries(WIDTHS))('matches its %s snapshot', (size, width) => {
    const name = `${chart.id}-${size}`;
    const actual = normalize(
      renderSvg(chart.plot(data, width), { id: name, title: chart.title, description: describeChart(data) }),
    );
    const file = join(DIR, `${name}.svg`);
    const changed = join(DIR, `${name}-changed.svg`);
    mkdirSync(DIR, { recursive: true });
    if (!existsSync(file)) {
      writeFileSync(file, actual);
      throw new Error(`new snapshot written: ${file}; look at it, commit it and run again`);
    }
    if (readFileSync(file, 'utf8') === actual) {
      rmSync(changed, { force: true });
      return;
    }
    writeFileSync(changed, actual);
    expect.fail(`${name}.svg differs; see ${changed}`);
  });

  it('names itself for screen readers and keeps its ids to itself', () => {
    const svg = renderSvg(chart.plot(data, WIDTHS.wide), { id: 'x', title: chart.title, description: 'd' });
    expect(svg).toMatch(/^<svg[^>]* role="img"/);
    expect(svg).toContain(`<title id="x-svg-title">${chart.title.replace(/"/g, '&quot;')}</title>`);
    for (const [, id] of svg.matchAll(/\bid="([^"]+)"/g)) expect(id).toMatch(/^x-/);
  });
});
