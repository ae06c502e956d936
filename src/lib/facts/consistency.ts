/**
 * Where the reports disagree: two values for one metric, segment and period, or a cumulative count that
 * goes down over time. These are warnings, not errors: the sources are quoted as they are, and the
 * indicator pages say where they differ.
 */
import { comparePeriods, parsePeriod, periodLabel } from './periods.ts';

/** The fields of an observation the checks need. */
export interface Checked {
  metric: string;
  segment: string;
  period: string;
  value: number;
  qualifier: string;
  /** Where it is stated: the report's slug or file, and its anchor. */
  source: string;
}

/** One disagreement between facts. */
export interface Inconsistency<T extends Checked = Checked> {
  kind: 'differs' | 'decreases';
  metric: string;
  segment: string;
  /** The facts involved, in period order. */
  facts: T[];
  /** What is wrong, in Chinese, for readers of the indicator page. */
  note: string;
}

const key = (fact: Checked) => `${fact.metric}\u0000${fact.segment}`;
const from = (fact: Checked) => (fact.source ? `（${fact.source}）` : '');
const shown = (fact: Checked) => `${periodLabel(fact.period)} ${fact.value}${from(fact)}`;

/** Every disagreement among the facts; `cumulative` lists the ids of cumulative metrics. */
export function findInconsistencies<T extends Checked>(
  facts: T[],
  cumulative: ReadonlySet<string>,
): Inconsistency<T>[] {
  const found: Inconsistency<T>[] = [];
  const series = new Map<string, T[]>();
  for (const fact of facts) series.set(key(fact), [...(series.get(key(fact)) ?? []), fact]);
  for (const group of series.values()) {
    const sorted = [...group].sort((a, b) => comparePeriods(a.period, b.period));
    const first = sorted[0];
    if (!first) continue;
    const byPeriod = new Map<string, T[]>();
    for (const fact of sorted) byPeriod.set(fact.period, [...(byPeriod.get(fact.period) ?? []), fact]);
    for (const [period, same] of byPeriod) {
      if (new Set(same.map((fact) => `${fact.value}${fact.qualifier}`)).size > 1) {
        found.push({
          kind: 'differs',
          metric: first.metric,
          segment: first.segment,
          facts: same,
          note: `${periodLabel(period)}的数值各处说法不一：${same.map((fact) => `${fact.value}${from(fact)}`).join('、')}。`,
        });
      }
    }
    if (!cumulative.has(first.metric)) continue;
    for (let i = 1; i < sorted.length; i++) {
      const [earlier, later] = [sorted[i - 1], sorted[i]] as [T, T];
      const [pe, pl] = [parsePeriod(earlier.period), parsePeriod(later.period)];
      if (pe && pl && pe.end < pl.end && later.value < earlier.value) {
        found.push({
          kind: 'decreases',
          metric: first.metric,
          segment: first.segment,
          facts: [earlier, later],
          note: `累计数不应减少，但${shown(later)}少于${shown(earlier)}。`,
        });
      }
    }
  }
  return found;
}

/** An inconsistency as one warning line for the build log and check-data. */
export function warningLine(inconsistency: Inconsistency): string {
  const what = inconsistency.segment
    ? `${inconsistency.metric} [${inconsistency.segment}]`
    : inconsistency.metric;
  const en =
    inconsistency.kind === 'differs'
      ? 'reports give different values for one period'
      : 'a cumulative count goes down';
  return `${what}: ${inconsistency.note} (${en})`;
}
