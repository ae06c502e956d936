/**
 * What a figure's popover says: the indicator's latest values (newest first, a few), this report's own
 * values among them, and how many other reports state it. A report page holds only what is its own
 * (the name, its values, the count, the links); the latest values, the same for every page that states
 * the metric, are one small file per metric (`latest.json` beside the indicator page) that the popover
 * reads when it opens. Pure, so what a reader sees is tested on fixtures.
 */
import { href } from '../../consts.ts';
import { valueText, type Observation } from '../facts/observations.ts';
import { comparePeriods } from '../facts/periods.ts';
import { memoize } from '../memo.ts';
import { POPOVER_VALUES, type LatestValues, type PopoverValue } from './popover-rows.ts';

/** The popover of one metric on one report's page. */
export interface FigurePopover {
  metric: string;
  /** The metric's name. */
  name: string;
  /** This report's own values, newest first, each with its rank among the metric's values (0: newest). */
  own: (PopoverValue & { rank: number })[];
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

/** Newest period first, then by segment and report: the order of popovers and indicator pages. */
export function newestFirst(a: Observation, b: Observation): number {
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

/** A value as a popover lists it. */
function popoverValue(o: Observation): PopoverValue {
  return {
    label: o.segmentName ? `${o.periodLabel}（${o.segmentName}）` : o.periodLabel,
    value: valueText(o),
    href: href(o.href),
  };
}

/** The popovers for every metric a report states, in the order the report first states them. */
export function figurePopovers(observations: readonly Observation[], slug: string): FigurePopover[] {
  const index = popoverIndex(observations);
  return (index.metricsOf.get(slug) ?? []).flatMap((metric) => {
    const values = index.values.get(metric);
    if (!values) return [];
    return [
      {
        metric,
        name: values.name,
        own: values.distinct.flatMap((o, rank) => (o.slug === slug ? [{ ...popoverValue(o), rank }] : [])),
        total: values.distinct.length,
        otherReports: values.slugs.size - (values.slugs.has(slug) ? 1 : 0),
      },
    ];
  });
}

/** A metric's latest values, the content of its `latest.json` (none for a metric no report states). */
export function latestValues(
  observations: readonly Observation[],
  metric: string,
  limit = POPOVER_VALUES,
): LatestValues {
  const values = popoverIndex(observations).values.get(metric);
  return { values: (values?.distinct ?? []).slice(0, limit).map(popoverValue) };
}
