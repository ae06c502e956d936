/**
 * What a figure's popover says: the indicator's other values (newest first, a few), and how many other
 * reports state it. Pure, so the count a reader sees is tested on fixtures.
 */
import type { Observation } from '../facts/observations.ts';
import { comparePeriods } from '../facts/periods.ts';

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

/** The popovers for every metric a report states, in the order the report first states them. */
export function figurePopovers(
  observations: readonly Observation[],
  slug: string,
  limit = 6,
): FigurePopover[] {
  const metrics = [...new Set(observations.filter((o) => o.slug === slug).map((o) => o.metric))];
  return metrics.map((metric) => {
    const all = observations.filter((o) => o.metric === metric);
    const sorted = [...all].sort(
      (a, b) =>
        comparePeriods(b.period, a.period) ||
        a.segment.localeCompare(b.segment) ||
        a.slug.localeCompare(b.slug),
    );
    // One report stating the same value twice (a summary, then the text) shows it once.
    const seen = new Set<string>();
    const distinct = sorted.filter((o) => {
      const key = [o.slug, o.period, o.segment, o.value].join('\n');
      return seen.has(key) ? false : (seen.add(key), true);
    });
    return {
      metric,
      name: all[0]?.name ?? metric,
      values: distinct.slice(0, limit).map((o) => ({ ...o, here: o.slug === slug })),
      total: distinct.length,
      otherReports: new Set(all.filter((o) => o.slug !== slug).map((o) => o.slug)).size,
    };
  });
}
