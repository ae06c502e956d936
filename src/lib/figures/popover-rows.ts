/**
 * The part of a figure's popover that the browser shares with the build: the popover's id, where a
 * metric's latest values are, their shape, and how an opened popover orders the loaded values with the
 * page's own. No imports beyond the site's constants, so the page's script stays small.
 */
import { href } from '../../consts.ts';

/** How many of a metric's latest values a popover shows. */
export const POPOVER_VALUES = 6;

/** The id of the popover a report page holds for one metric. */
export function popoverId(metric: string): string {
  return `fact-pop-${metric}`;
}

/** The address of a metric's latest values, as the popover fetches them (under the base path). */
export function latestValuesHref(metric: string): string {
  return href(`/indicators/${metric}/latest.json`);
}

/** One of a metric's values as a popover lists it. */
export interface PopoverValue {
  /** The period, with the segment if any: 2024年, 2024年（数字制造业）. */
  label: string;
  /** The figure as printed: 超过1600亿元. */
  value: string;
  /** The sentence stating it (under the base path). */
  href: string;
}

/** What `latest.json` holds: the metric's latest distinct values, newest first. */
export interface LatestValues {
  values: PopoverValue[];
}

/**
 * A row of an opened popover: one of this page's own values (already on the page) or a loaded one;
 * `gap` when values between it and the row before are left out (an old report's own value, after the
 * latest).
 */
export type PopoverRow = { rank: number; gap: boolean } & (
  { own: true } | { own: false; value: PopoverValue }
);

/**
 * The rows an opened popover shows, newest first: the loaded latest values, except those stated on
 * this page (`page`, its path), which the page already lists with their ranks (`ownRanks`), and this
 * page's older values after them.
 */
export function popoverRows(ownRanks: readonly number[], latest: LatestValues, page: string): PopoverRow[] {
  const loaded = latest.values.flatMap((value, rank): PopoverRow[] =>
    value.href.split('#')[0] === page ? [] : [{ rank, gap: false, own: false, value }],
  );
  const own = ownRanks.map((rank): PopoverRow => ({ rank, gap: false, own: true }));
  const rows = [...loaded, ...own].sort((a, b) => a.rank - b.rank);
  return rows.map((row, index) => ({ ...row, gap: row.rank > (rows[index - 1]?.rank ?? -1) + 1 }));
}
