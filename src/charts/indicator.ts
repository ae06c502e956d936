/**
 * The charts of an indicator page: the metric's figures over time (one line per series, connecting
 * whole years and cumulative counts only, never a part-year with a whole year), and, for a metric split
 * by industry or level, its segments as labelled bars.
 */
import { ofMetrics, type ChartDefinition } from '../lib/charts/chart.ts';
import { chartData } from '../lib/charts/view.ts';
import { labelledBars } from '../lib/charts/kinds/labelled-bars.ts';
import { trendMessage } from '../lib/charts/message.ts';
import { seriesLegend, timeSeriesOptions } from '../lib/charts/kinds/time-series.ts';
import type { Metric } from '../schema/metric.ts';

/** The over-time chart of one metric's figures that are not split by segment. */
export function indicatorChart(metric: Pick<Metric, 'id' | 'name' | 'unit'>): ChartDefinition {
  return {
    id: `indicator-${metric.id}`,
    title: `${metric.name}（${metric.unit}）`,
    caption: `各报道给出的${metric.name}，按时期排列；同一时期有不同说法时各画一点，年内部分月份的数不与全年数连线。`,
    select: (observations) =>
      ofMetrics(observations, [metric.id]).filter((observation) => !observation.segment),
    message: trendMessage,
    plot: timeSeriesOptions,
    legend: (observations) => {
      const legend = seriesLegend(observations);
      return legend.length > 1 ? legend : [];
    },
  };
}

/** The segments chart of a metric split by industry or level. */
export function indicatorSegmentsChart(
  metric: Pick<Metric, 'id' | 'name' | 'unit' | 'segments'>,
): ChartDefinition {
  return labelledBars({
    id: `indicator-${metric.id}-segments`,
    title: `${metric.name}：分组`,
    caption: `各报道按产业或级别给出的${metric.name}（${metric.unit}）；浅色柱表示“超过”“近”某数。`,
    metrics: [metric.id],
    segments: metric.segments,
    // Segment first: a segment name may start with a number (10亿级), which takes no space before it.
    row: (observation) => `${observation.segmentName}（${observation.periodLabel}）`,
  });
}

/** Every chart an indicator page shows, those without figures left out. */
export function indicatorCharts(
  metric: Pick<Metric, 'id' | 'name' | 'unit' | 'segments'>,
  observations: Parameters<ChartDefinition['select']>[0],
): ChartDefinition[] {
  // Asked by every figure's popover on every report page: each chart selects its figures once.
  const charts = [
    indicatorChart(metric),
    ...(metric.segments.length ? [indicatorSegmentsChart(metric)] : []),
  ];
  return charts.filter((chart) => chartData(chart, observations).length > 0);
}
