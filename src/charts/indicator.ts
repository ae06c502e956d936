/** The chart of an indicator page: every figure of one metric over time, one line per segment. */
import { ofMetrics, type ChartDefinition } from '../lib/charts/chart.ts';
import { seriesLegend, timeSeriesOptions } from '../lib/charts/kinds/time-series.ts';
import type { Metric } from '../schema/metric.ts';

/** The chart of one metric's page. */
export function indicatorChart(metric: Pick<Metric, 'id' | 'name' | 'unit'>): ChartDefinition {
  return {
    id: `indicator-${metric.id}`,
    title: `${metric.name}（${metric.unit}）`,
    caption: `各报道给出的${metric.name}，按时期排列；同一时期有不同说法时各画一点。`,
    select: (observations) => ofMetrics(observations, [metric.id]),
    plot: timeSeriesOptions,
    legend: (observations) => {
      const legend = seriesLegend(observations);
      return legend.length > 1 ? legend : [];
    },
  };
}
