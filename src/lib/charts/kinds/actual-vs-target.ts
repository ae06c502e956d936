/** Bars of a metric year by year, with the targets set for later years as rings: 实绩与目标. */
import * as Plot from '@observablehq/plot';
import { isFullYear } from '../../facts/periods.ts';
import type { Observation } from '../../facts/observations.ts';
import { COLORS, TARGET_COLOR, WIDTH, heading, selectDistinct } from '../chart.ts';
import type { ChartDefinition, ChartHeading } from '../chart.ts';
import { trendMessage } from '../message.ts';
import { bars, shortLabel, targetMarks, valueAxis, yearAxis } from '../parts.ts';

/** What an actual-versus-target chart draws. */
export interface ActualVsTargetSpec extends ChartHeading {
  /** Metric of the yearly values. */
  actual: string;
  /** Metric of the targets. */
  target: string;
}

/** An actual-versus-target chart. */
export function actualVsTarget(spec: ActualVsTargetSpec): ChartDefinition {
  return {
    ...heading(spec),
    select: selectDistinct(
      (observation) =>
        (observation.metric === spec.actual && isFullYear(observation.period)) ||
        observation.metric === spec.target,
    ),
    legend: () => [
      { label: '实绩', color: COLORS[0] ?? '' },
      { label: '目标', color: TARGET_COLOR, ring: true },
    ],
    message: (observations) => trendMessage(observations.filter((o) => o.metric === spec.actual)),
    plot: (observations, width = WIDTH) => {
      const actual = observations.filter((observation) => observation.metric === spec.actual);
      const targets = observations.filter((observation) => observation.metric === spec.target);
      const rings = targetMarks(targets, width);
      const x = (observation: Observation) => String(observation.year);
      return {
        width,
        height: 280,
        marginTop: 28,
        marginLeft: 48,
        marginRight: rings.margin,
        x: { ...yearAxis(observations, width), padding: 0.3 },
        y: valueAxis(observations[0]?.unit ?? ''),
        marks: [
          Plot.ruleY([0]),
          ...bars(actual, { x, fill: COLORS[0] ?? '' }),
          Plot.text(actual, { x, y: 'value', text: shortLabel, dy: -8 }),
          ...rings.marks,
        ],
      };
    },
  };
}
