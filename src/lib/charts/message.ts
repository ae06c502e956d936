/**
 * Titles that state the message, computed from the figures so that a new report updates them: the
 * change of a series from its first to its latest whole year, or what the latest period shows. Nothing
 * is said where the figures disagree (two values for one end) or are too few to say it.
 */
import type { Observation } from '../facts/observations.ts';
import { comparePeriods, isFullYear } from '../facts/periods.ts';
import { valueLabel } from './chart.ts';

/** The one figure of a period, or undefined when reports give none or disagree. */
function only(observations: Observation[], period: string): Observation | undefined {
  const matching = observations.filter((observation) => observation.period === period);
  return new Set(matching.map((observation) => observation.value)).size === 1 ? matching[0] : undefined;
}

/** 规上工业总产值从2019年1,200亿元增至2023年1,953亿元: the first and latest whole years of a series. */
export function trendMessage(observations: Observation[]): string | undefined {
  const years = [...new Set(observations.filter((o) => isFullYear(o.period)).map((o) => o.period))].sort(
    comparePeriods,
  );
  const first = years[0];
  const last = years[years.length - 1];
  if (!first || !last || first === last) return undefined;
  const from = only(observations, first);
  const to = only(observations, last);
  if (!from || !to || from.metric !== to.metric) return undefined;
  const verb = to.value > from.value ? '增至' : to.value < from.value ? '降至' : '保持';
  return `${to.name}从${from.periodLabel}${valueLabel(from)}${verb}${to.periodLabel}${valueLabel(to)}`;
}

/** 2023年：市级专精特新74家、国家级“小巨人”5家: each series in the latest period. */
export function latestMessage(
  observations: Observation[],
  label: (observation: Observation) => string,
): string | undefined {
  const last = [...new Set(observations.map((o) => o.period))].sort(comparePeriods).pop();
  if (!last) return undefined;
  const latest = observations.filter((observation) => observation.period === last);
  const labels = latest.map(label);
  if (new Set(labels).size !== labels.length || latest.length > 4) return undefined;
  return `${latest[0]?.periodLabel}：${latest.map((o) => `${label(o)}${valueLabel(o)}`).join('、')}`;
}
