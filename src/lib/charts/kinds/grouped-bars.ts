/** Bars side by side for a few series, one group per period: new enterprises by year, for example. */
import * as Plot from '@observablehq/plot';
import { comparePeriods, isFullYear } from '../../facts/periods.ts';
import type { Observation } from '../../facts/observations.ts';
import { COLORS, WIDTH, heading, selectDistinct } from '../chart.ts';
import type { ChartDefinition, ChartHeading } from '../chart.ts';
import { latestMessage } from '../message.ts';
import { bars, shortLabel, valueAxis } from '../parts.ts';

/** One series: a metric, optionally one segment of it, and its label. */
export interface Series {
  metric: string;
  segment?: string;
  label: string;
}

/** What a grouped-bars chart draws. */
export interface GroupedBarsSpec extends ChartHeading {
  series: Series[];
  /** Leave out partial-year figures (1—6月), which would not compare with whole years. */
  fullYearsOnly?: boolean;
}

/** The index of the series an observation belongs to, or -1. */
function seriesIndex(series: Series[], observation: Observation): number {
  return series.findIndex(
    (candidate) =>
      candidate.metric === observation.metric && (candidate.segment ?? '') === observation.segment,
  );
}

/** A grouped-bars chart. */
export function groupedBars(spec: GroupedBarsSpec): ChartDefinition {
  const color = (observation: Observation) => COLORS[seriesIndex(spec.series, observation)] ?? 'currentColor';
  const label = (observation: Observation) => spec.series[seriesIndex(spec.series, observation)]?.label ?? '';
  return {
    ...heading(spec),
    select: selectDistinct(
      (observation) =>
        seriesIndex(spec.series, observation) !== -1 &&
        (!spec.fullYearsOnly || isFullYear(observation.period)),
    ),
    legend: () => spec.series.map((series, index) => ({ label: series.label, color: COLORS[index] ?? '' })),
    message: (observations) => latestMessage(observations, label),
    plot: (observations, width = WIDTH) => {
      const periods = [...new Set(observations.map((observation) => observation.period))].sort(
        comparePeriods,
      );
      const labels = new Map(
        observations.map((observation) => [observation.period, observation.periodLabel]),
      );
      return {
        width,
        height: 270,
        marginTop: 28,
        marginLeft: 44,
        fx: {
          domain: periods,
          tickFormat: (period: string) => labels.get(period) ?? period,
          label: null,
          padding: 0.15,
        },
        x: { domain: spec.series.map((series) => series.label), axis: null, padding: 0.1 },
        y: valueAxis(observations[0]?.unit ?? ''),
        marks: [
          Plot.ruleY([0]),
          ...bars(observations, { fx: 'period', x: label, fill: color }),
          Plot.text(observations, { fx: 'period', x: label, y: 'value', text: shortLabel, dy: -8 }),
        ],
      };
    },
  };
}
