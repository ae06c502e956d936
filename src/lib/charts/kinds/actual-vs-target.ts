/** Bars of a metric year by year, with the targets set for later years as rings: 实绩与目标. */
import * as Plot from '@observablehq/plot';
import { isFullYear } from '../../facts/periods.ts';
import type { Observation } from '../../facts/observations.ts';
import { COLORS, TARGET_COLOR, WIDTH, distinct, tip, type ChartDefinition } from '../chart.ts';
import { formatNumber, formatTick, formatYear } from '../format.ts';

/** What an actual-versus-target chart draws. */
export interface ActualVsTargetSpec {
  id: string;
  title: string;
  caption: string;
  /** Metric of the yearly values. */
  actual: string;
  /** Metric of the targets. */
  target: string;
}

/** A short bar label: 超过1,600 or 1,797.4 (the unit is on the axis). */
export function shortLabel(observation: Observation): string {
  return `${observation.qualifierName}${formatNumber(observation.value)}`;
}

/** Every year from the first to the last, as strings, so gaps between reports stay visible. */
export function yearRange(observations: Observation[]): string[] {
  const years = observations.map((observation) => observation.year);
  if (!years.length) return [];
  const first = Math.min(...years);
  return Array.from({ length: Math.max(...years) - first + 1 }, (_, index) => String(first + index));
}

/** An actual-versus-target chart. */
export function actualVsTarget(spec: ActualVsTargetSpec): ChartDefinition {
  return {
    id: spec.id,
    title: spec.title,
    caption: spec.caption,
    select: (observations) =>
      distinct(
        observations.filter(
          (observation) =>
            (observation.metric === spec.actual && isFullYear(observation.period)) ||
            observation.metric === spec.target,
        ),
      ),
    legend: () => [
      { label: '实绩', color: COLORS[0] ?? '' },
      { label: '目标', color: TARGET_COLOR, ring: true },
    ],
    plot: (observations, width = WIDTH) => {
      const actual = observations.filter((observation) => observation.metric === spec.actual);
      const targets = observations.filter((observation) => observation.metric === spec.target);
      const x = (observation: Observation) => String(observation.year);
      return {
        width,
        height: 280,
        marginTop: 28,
        marginLeft: 48,
        x: { domain: yearRange(observations), tickFormat: formatYear, label: null, padding: 0.3 },
        y: {
          grid: true,
          label: observations[0]?.unit ?? '',
          labelAnchor: 'top',
          tickFormat: formatTick,
          nice: true,
        },
        marks: [
          Plot.ruleY([0]),
          Plot.barY(actual, {
            x,
            y: 'value',
            fill: COLORS[0],
            fillOpacity: (observation: Observation) => (observation.qualifier ? 0.55 : 1),
            title: tip,
          }),
          Plot.text(actual, { x, y: 'value', text: shortLabel, dy: -8 }),
          Plot.dot(targets, { x, y: 'value', r: 6, stroke: TARGET_COLOR, strokeWidth: 2.5, title: tip }),
          Plot.text(targets, {
            x,
            y: 'value',
            text: (observation: Observation) => `目标${shortLabel(observation)}`,
            dx: -11,
            textAnchor: 'end',
          }),
        ],
      };
    },
  };
}
