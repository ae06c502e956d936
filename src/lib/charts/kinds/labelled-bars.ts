/**
 * Horizontal bars, one per figure, each named on the left and labelled with its value: good for a few
 * figures of different kinds (investment by industry, growth rates of the freight trains).
 */
import * as Plot from '@observablehq/plot';
import { comparePeriods, isFullYear } from '../../facts/periods.ts';
import type { Observation } from '../../facts/observations.ts';
import { uniqueSlots } from '../../facts/slots.ts';
import { COLORS, WIDTH, heading, selectDistinct, seriesName, tip, valueLabel } from '../chart.ts';
import type { ChartDefinition, ChartHeading } from '../chart.ts';
import { formatTick } from '../format.ts';
import { textWidth, uncertain } from '../parts.ts';

/** What a labelled-bars chart draws. */
export interface LabelledBarsSpec extends ChartHeading {
  /** Metrics of the bars. */
  metrics: string[];
  /** Only these segments, when given. */
  segments?: string[];
  /** The row name of a bar; by default its segment or metric, after its period when periods differ. */
  row?: (observation: Observation, manyPeriods: boolean) => string;
  /** The text at the end of a bar; by default its value. `all` is every selected observation. */
  text?: (observation: Observation, all: Observation[]) => string;
  /** Observations shown only in the labels (project counts beside investment), not as bars. */
  labelMetrics?: string[];
  /** Axis label; by default the unit. */
  axisLabel?: string;
  /** Leave out partial-year figures (1—6月), which would not compare with whole years. */
  fullYearsOnly?: boolean;
}

/** Height of one row (name above, bar below) and of its bar, in pixels. */
const ROW = 44;
const BAR = 18;

/**
 * The marks of the bars: each bar (lighter, with a dashed outline, where its figure is uncertain), its
 * row name above it and its text at its end.
 */
function barMarks(
  bars: Observation[],
  row: (observation: Observation) => string,
  text: (observation: Observation) => string,
): Plot.Markish[] {
  return [
    Plot.ruleX([0]),
    Plot.barX(bars, {
      y: row,
      x: 'value',
      insetTop: ROW - BAR - 4,
      insetBottom: 4,
      fill: COLORS[0],
      fillOpacity: (observation: Observation) => (uncertain(observation) ? 0.4 : 1),
      title: tip,
    }),
    Plot.barX(bars.filter(uncertain), {
      y: row,
      x: 'value',
      insetTop: ROW - BAR - 4,
      insetBottom: 4,
      stroke: COLORS[0],
      strokeWidth: 1.5,
      strokeDasharray: '4 3',
      fill: 'none',
    }),
    Plot.text(bars, {
      y: row,
      x: 0,
      text: row,
      textAnchor: 'start',
      dy: -(BAR / 2) - 2,
      fontWeight: 600,
    }),
    Plot.text(bars, { y: row, x: 'value', text, dx: 5, dy: (ROW - BAR - 8) / 2, textAnchor: 'start' }),
  ];
}

/** A labelled-bars chart. */
export function labelledBars(spec: LabelledBarsSpec): ChartDefinition {
  const defaultRow = (observation: Observation, many: boolean) =>
    many ? `${observation.periodLabel} ${seriesName(observation)}` : seriesName(observation);
  const rowOf = spec.row ?? defaultRow;
  return {
    ...heading(spec),
    select: selectDistinct(
      (observation) =>
        (spec.metrics.includes(observation.metric) || spec.labelMetrics?.includes(observation.metric)) &&
        (!spec.segments || spec.segments.includes(observation.segment)) &&
        (!spec.fullYearsOnly || isFullYear(observation.period)),
    ),
    plot: (all, width = WIDTH) => {
      const bars = all
        .filter((observation) => spec.metrics.includes(observation.metric))
        .sort((a, b) => comparePeriods(a.period, b.period) || b.value - a.value);
      const many = new Set(bars.map((observation) => observation.period)).size > 1;
      // Two figures for one row are two rows: a bar never adds conflicting figures together.
      const row = uniqueSlots(bars, (observation: Observation) => rowOf(observation, many));
      const rows = [...new Set(bars.map(row))];
      const text = (observation: Observation) =>
        spec.text ? spec.text(observation, all) : valueLabel(observation);
      // The longest bar leaves room for its label: the x domain runs past the largest value.
      const longest = Math.max(...bars.map((observation) => textWidth(text(observation))), 0);
      const max = Math.max(...bars.map((observation) => observation.value), 0);
      const plotWidth = width - 20;
      const domainMax = max / Math.max(0.35, 1 - (longest + 12) / plotWidth);
      // Row names sit above their bars, so long names never crowd the bars on a phone.
      return {
        width,
        height: 34 + rows.length * ROW,
        marginLeft: 10,
        marginRight: 10,
        marginTop: 26,
        marginBottom: 8,
        y: { domain: rows, axis: null, paddingInner: 0, paddingOuter: 0 },
        x: {
          domain: [0, domainMax],
          grid: true,
          label: spec.axisLabel ?? bars[0]?.unit ?? '',
          labelAnchor: 'right',
          tickFormat: (value: number) => (value <= max * 1.05 ? formatTick(value) : ''),
          axis: 'top',
          ticks: 4,
        },
        marks: barMarks(bars, row, text),
      };
    },
  };
}
