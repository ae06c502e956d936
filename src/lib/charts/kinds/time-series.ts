/**
 * A line per series through the periods a figure was stated for, the periods spaced evenly in time
 * order: cumulative counts, and every indicator page.
 */
import * as Plot from '@observablehq/plot';
import { comparePeriods, isFullYear } from '../../facts/periods.ts';
import type { Observation } from '../../facts/observations.ts';
import { COLORS, WIDTH, seriesName, tip, type LegendItem } from '../chart.ts';
import { shortLabel, uncertain, valueAxis } from '../parts.ts';

/** The series of a set of observations, in first-seen order, with their colours. */
export function seriesLegend(observations: Observation[]): LegendItem[] {
  return [...new Set(observations.map(seriesName))].map((label, index) => ({
    label,
    color: COLORS[index % COLORS.length] ?? '',
  }));
}

/** Plot options for a time series of the observations (one line per segment or metric). */
export function timeSeriesOptions(observations: Observation[], width: number = WIDTH): Plot.PlotOptions {
  const sorted = [...observations].sort((a, b) => comparePeriods(a.period, b.period));
  const periods = [...new Set(sorted.map((observation) => observation.period))];
  const labels = new Map(sorted.map((observation) => [observation.period, observation.periodLabel]));
  const colors = new Map(seriesLegend(sorted).map((item) => [item.label, item.color]));
  const color = (observation: Observation) => colors.get(seriesName(observation)) ?? 'currentColor';
  // A line only where each period has one value per series: two sources for one year stay two dots.
  const single = new Set(sorted.map((o) => `${seriesName(o)}|${o.period}`)).size === sorted.length;
  // Part-year flows (1—6月) are not joined to whole years; counts as of a date always are.
  const joined = sorted.filter((o) => o.kind === 'cumulative' || isFullYear(o.period));
  return {
    width,
    height: 260,
    marginTop: 28,
    marginLeft: 48,
    marginRight: 24,
    x: {
      type: 'point',
      domain: periods,
      tickFormat: (period: string) => labels.get(period) ?? period,
      label: null,
      padding: 0.4,
    },
    y: { ...valueAxis(sorted[0]?.unit ?? ''), zero: true },
    marks: [
      Plot.ruleY([0]),
      single
        ? Plot.line(joined, { x: 'period', y: 'value', z: seriesName, stroke: color, strokeWidth: 2 })
        : null,
      // A value that is not exact (近, 超过) is a hollow ring, an exact one a filled dot.
      Plot.dot(sorted, {
        x: 'period',
        y: 'value',
        fill: (o: Observation) => (uncertain(o) ? 'none' : color(o)),
        stroke: color,
        strokeWidth: 2,
        r: 4.5,
        title: tip,
      }),
      Plot.text(sorted, { x: 'period', y: 'value', text: shortLabel, dy: -11 }),
    ],
  };
}
