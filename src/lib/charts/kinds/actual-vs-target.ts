/** Bars of a metric year by year, with the targets set for later years as rings: 实绩与目标. */
import * as Plot from '@observablehq/plot';
import { isFullYear } from '../../facts/periods.ts';
import type { Observation } from '../../facts/observations.ts';
import { COLORS, TARGET_COLOR, WIDTH, distinct, tip, type ChartDefinition } from '../chart.ts';
import { formatNumber, formatTick, formatYear } from '../format.ts';
import { textWidth } from './labelled-bars.ts';

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

/**
 * Target labels, set in the right margin beside their rings so they never cover the actual values: on
 * a phone-width chart without the word 目标 (the legend names the ring). Returns the mark and the margin.
 */
export function targetLabels(targets: Observation[], width: number): { mark: Plot.Markish; margin: number } {
  const narrow = width < 480;
  const label = (observation: Observation) => `${narrow ? '' : '目标'}${shortLabel(observation)}`;
  const widest = Math.max(0, ...targets.map((observation) => textWidth(label(observation))));
  return {
    mark: Plot.text(targets, {
      x: (o: Observation) => String(o.year),
      y: 'value',
      text: label,
      dx: 11,
      textAnchor: 'start',
    }),
    margin: Math.max(20, widest + 16),
  };
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
      const labels = targetLabels(targets, width);
      return {
        width,
        height: 280,
        marginTop: 28,
        marginLeft: 48,
        marginRight: labels.margin,
        x: {
          domain: yearRange(observations),
          tickFormat: width < 480 ? String : formatYear,
          label: null,
          padding: 0.3,
        },
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
          labels.mark,
        ],
      };
    },
  };
}
