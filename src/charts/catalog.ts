/**
 * Every distinct chart of the site, once: the report charts as reports show them (latest periods) and
 * each indicator's charts (whole series). The build renders the files of each entry once
 * (src/pages/charts/), however many pages show it.
 */
import { chartEntry, type ChartEntry } from '../lib/charts/view.ts';
import type { Observation } from '../lib/facts/observations.ts';
import { REGISTRY } from '../lib/facts/registry.ts';
import { CHARTS } from './index.ts';
import { indicatorCharts } from './indicator.ts';

/** The distinct charts drawn from the site's observations, those without figures left out. */
export function chartCatalog(observations: Observation[]): ChartEntry[] {
  const entries = [
    ...CHARTS.map((chart) => chartEntry(chart, observations, 'recent')),
    ...REGISTRY.metrics.flatMap((metric) =>
      indicatorCharts(metric, observations).map((chart) => chartEntry(chart, observations, 'full')),
    ),
  ];
  const byKey = new Map(entries.filter((entry) => entry.data.length > 0).map((entry) => [entry.key, entry]));
  return [...byKey.values()];
}
