/**
 * What a figure's popover says: the indicator's other values (newest first, a few), and how many other
 * reports state it. Pure, so the count a reader sees is tested on fixtures.
 */
import type { Observation } from '../facts/observations.ts';
import { comparePeriods } from '../facts/periods.ts';
import { memoize } from '../memo.ts';

/** The id of the popover a report page holds for one metric. */
export function popoverId(metric: string): string {
  return `fact-pop-${metric}`;
}

/** The popover of one metric on one report's page. */
export interface FigurePopover {
  metric: string;
  /** The metric's name. */
  name: string;
  /** The values shown, newest period first: this report's and others'. */
  values: (Observation & { here: boolean })[];
  /** How many distinct values the indicator has in all. */
  total: number;
  /** How many other reports state this metric. */
  otherReports: number;
}

/** One metric's values as every popover reads them. */
interface MetricValues {
  name: string;
  /** Newest period first (then segment, then report); a report's repeated statement of a value once. */
  distinct: Observation[];
  /** The reports stating the metric. */
  slugs: Set<string>;
}

/** What the popovers of every report page are drawn from, computed once per observations array. */
interface PopoverIndex {
  /** Each report's metrics, in the order the report first states them. */
  metricsOf: Map<string, string[]>;
  values: Map<string, MetricValues>;
}

/** Newest period first, then by segment and report. */
function newestFirst(a: Observation, b: Observation): number {
  return (
    comparePeriods(b.period, a.period) || a.segment.localeCompare(b.segment) || a.slug.localeCompare(b.slug)
  );
}

/** The values of one metric, from its observations in dataset order. */
function metricValues(all: Observation[]): MetricValues {
  // One report stating the same value twice (a summary, then the text) shows it once.
  const seen = new Set<string>();
  const distinct = [...all].sort(newestFirst).filter((o) => {
    const key = [o.slug, o.period, o.segment, o.value].join('\n');
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return { name: all[0]?.name ?? '', distinct, slugs: new Set(all.map((o) => o.slug)) };
}

/** One pass over the observations for all of a build's popovers (a page then reads only its own). */
const popoverIndex = memoize((observations: readonly Observation[]): PopoverIndex => {
  const byMetric = new Map<string, Observation[]>();
  const metricsOf = new Map<string, Set<string>>();
  for (const o of observations) {
    const list = byMetric.get(o.metric);
    if (list) list.push(o);
    else byMetric.set(o.metric, [o]);
    const metrics = metricsOf.get(o.slug);
    if (metrics) metrics.add(o.metric);
    else metricsOf.set(o.slug, new Set([o.metric]));
  }
  return {
    metricsOf: new Map([...metricsOf].map(([slug, metrics]) => [slug, [...metrics]])),
    values: new Map([...byMetric].map(([metric, all]) => [metric, metricValues(all)])),
  };
});

/** The popovers for every metric a report states, in the order the report first states them. */
export function figurePopovers(
  observations: readonly Observation[],
  slug: string,
  limit = 6,
): FigurePopover[] {
  const index = popoverIndex(observations);
  return (index.metricsOf.get(slug) ?? []).flatMap((metric) => {
    const values = index.values.get(metric);
    if (!values) return [];
    return [
      {
        metric,
        name: values.name,
        values: values.distinct.slice(0, limit).map((o) => ({ ...o, here: o.slug === slug })),
        total: values.distinct.length,
        otherReports: values.slugs.size - (values.slugs.has(slug) ? 1 : 0),
      },
    ];
  });
}
