import { labelledBars } from '../lib/charts/kinds/labelled-bars.ts';

/** How concentrated industry is: in the leading clusters and in the industrial parks. */
export const concentration = labelledBars({
  id: 'concentration',
  title: '产业集聚度和园区集中度',
  caption: '主导产业（集群）产值占规上工业的比重，以及工业园区的集中度（%）。',
  metrics: ['industry-concentration', 'park-concentration', 'strategic-emerging-share'],
  row: (observation) => `${observation.periodLabel} ${observation.segmentName || observation.name}`,
  axisLabel: '%',
});
