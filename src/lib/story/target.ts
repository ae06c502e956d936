/**
 * The headline's message: how far the latest whole-year value is from the target the newest report
 * sets, the yearly growth it would take to reach it, and how the target has been revised.
 */
import type { Observation } from '../facts/observations.ts';
import { isFullYear } from '../facts/periods.ts';

/** The gap to a target, computed from the observations. */
export interface TargetGap {
  actual: Observation;
  target: Observation;
  /** target − actual, in the metric's unit; ≤ 0 when reached. */
  gap: number;
  /** Years between the actual value and the target year. */
  years: number;
  /** Yearly growth needed, in percent, one decimal. */
  needed: number;
  /** The growth the reports give for the actual value's year, if any. */
  growth?: Observation;
  /** Earlier targets for the same year that the newest one replaced, oldest first. */
  revisedFrom: Observation[];
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** The gap between a metric's latest whole-year value and its newest target, or undefined. */
export function targetGap(
  observations: readonly Observation[],
  metric: string,
  published: ReadonlyMap<string, number>,
): TargetGap | undefined {
  const byReport = (a: Observation, b: Observation) =>
    (published.get(a.slug) ?? 0) - (published.get(b.slug) ?? 0);
  const targets = observations.filter((o) => o.metric === `${metric}-target` && !o.segment).sort(byReport);
  const target = targets.at(-1);
  if (!target) return undefined;
  const actual = observations
    .filter((o) => o.metric === metric && !o.segment && isFullYear(o.period) && o.year < target.year)
    .sort((a, b) => a.year - b.year || byReport(a, b))
    .at(-1);
  if (!actual) return undefined;
  const years = target.year - actual.year;
  const revisedFrom = targets.filter((o) => o.year === target.year && o.value !== target.value);
  return {
    actual,
    target,
    gap: round1(target.value - actual.value),
    years,
    needed: round1((Math.pow(target.value / actual.value, 1 / years) - 1) * 100),
    growth: observations.find(
      (o) => o.metric === `${metric}-growth` && !o.segment && o.period === actual.period,
    ),
    revisedFrom,
  };
}

/** The headline as a sentence: 距2025年2500亿元目标还差547亿元，需年均增长13.1%. */
export function targetHeadline(gap: TargetGap): string {
  const { actual, target } = gap;
  const goal = `${target.year}年${target.value}${target.unit}目标`;
  if (gap.gap <= 0) return `${actual.year}年${actual.name}${actual.value}${actual.unit}，已达到${goal}`;
  const pace = gap.growth ? `，${actual.year}年增长${gap.growth.value}${gap.growth.unit}` : '';
  return `距${goal}还差${gap.gap}${target.unit}：${gap.years}年需年均增长${gap.needed}%${pace}`;
}

/** How the target was revised, in one sentence, or '' when it never was. */
export function revisionNote(gap: TargetGap, reportDate: (slug: string) => string): string {
  const [first] = gap.revisedFrom;
  if (!first) return '';
  const goal = (o: Observation) => `${o.qualifierName}${o.value}${o.unit}`;
  const direction = gap.target.value > first.value ? '上调' : '下调';
  return `${gap.target.year}年的目标调整过：${reportDate(first.slug)}的报道提出${goal(first)}，${reportDate(gap.target.slug)}的报道${direction}为${goal(gap.target)}。`;
}
