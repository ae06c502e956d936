import { labelledBars } from '../lib/charts/kinds/labelled-bars.ts';

/** Output of the industrial clusters, as each report gives it. */
export const clusterOutput = labelledBars({
  id: 'cluster-output',
  title: '产业集群规上工业产值',
  caption: '各报道给出的产业集群（产业类别）规上工业产值（亿元）；浅色柱表示“突破”“超”某数。',
  metrics: ['cluster-output'],
});
