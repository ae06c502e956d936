import { ofMetrics, type ChartDefinition } from '../lib/charts/chart.ts';
import { seriesLegend, timeSeriesOptions } from '../lib/charts/kinds/time-series.ts';

const METRICS = ['digital-workshops', 'smart-factories'];

/** Digital workshops and smart factories built so far, as each report counts them. */
export const smartManufacturingCumulative: ChartDefinition = {
  id: 'smart-manufacturing-cumulative',
  title: '累计建成的数字化车间和智能工厂',
  caption: '截至各报道时点累计建成的数字化车间和智能工厂个数（个）。',
  select: (observations) => ofMetrics(observations, METRICS),
  plot: timeSeriesOptions,
  legend: seriesLegend,
};
