/**
 * checkReports(): the one check of every report's facts, for the build, `npm run check-data`, the
 * indicator pages and /data/conflicts/. Each report's own problems come from its load; across reports it
 * finds where figures of one metric, segment and period cannot both hold (超1400 and 1410 can), where a
 * target was revised, where a running total falls, and where the texts' arithmetic does not add up:
 * growth against last year's level, parts against their total, shares against their levels.
 */
import type { Metric, Registry } from '../../schema/metric.ts';
import { reportPath } from '../content/slug.ts';
import { formatDateZh } from '../format/date.ts';
import { bounds, compatible } from './bounds.ts';
import { comparePeriods, parsePeriod, periodLabel } from './periods.ts';
import { REGISTRY } from './registry.ts';
import type { Fact } from './resolve.ts';

/** One report's facts, as its load resolved them. */
export interface ReportFacts {
  slug: string;
  /** The file, for messages (content/reports/x.mdx). */
  file: string;
  title: string;
  date: Date;
  facts: Fact[];
  /** The report's own problems, `file:line: message` each. */
  problems: string[];
}

/** A fact with the report it is in. */
export interface Located extends Fact {
  slug: string;
  file: string;
  reportTitle: string;
  /** The report's date, YYYY-MM-DD. */
  reportDate: string;
}

/** What a finding is. */
export type FindingKind = 'differs' | 'revision' | 'decreases' | 'growth' | 'parts' | 'share';

/** One thing a reader should know about figures that do not sit together. */
export interface Finding {
  kind: FindingKind;
  metric: string;
  segment: string;
  /** The facts involved, first the earlier report. */
  facts: Located[];
  /** What it is, in Chinese and in English. */
  zh: string;
  en: string;
}

/** What checkReports() returns. */
export interface CheckResult {
  /** Every report's own problems: the build fails when there is one. */
  problems: string[];
  /** Disagreements, revisions and arithmetic that does not add up: listed, the build goes on. */
  findings: Finding[];
}

/** How far apart, in percentage points, a stated rate or share may be from the one its levels give. */
const POINTS = 1;

const byDate = (a: Located, b: Located) => a.reportDate.localeCompare(b.reportDate) || a.line - b.line;
const QUALIFIER_WORDS: Record<string, string> = { 'more-than': '超过', nearly: '近', about: '约' };

/** A figure as a reader says it: 预计超过30亿元, 1797.4亿元. */
export function figureText(fact: Pick<Fact, 'estimate' | 'qualifier' | 'value' | 'unit'>): string {
  return `${fact.estimate ? '预计' : ''}${QUALIFIER_WORDS[fact.qualifier] ?? ''}${fact.value}${fact.unit}`;
}

/** The link to a fact's sentence on its report page (before the base path). */
export function findingHref(fact: Pick<Located, 'slug' | 'anchor'>): string {
  return `${reportPath(fact.slug)}#${fact.anchor}`;
}

const said = figureText;
const dateZh = (fact: Located) => formatDateZh(new Date(`${fact.reportDate}T00:00:00Z`));
const where = (fact: Located) => `${fact.file}:${fact.line}`;
const key = (...parts: string[]) => parts.join('\u0000');

/** Group items by a key, keeping their order. */
function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}

/** Same metric, segment and period: figures that cannot both hold, or a target changed later. */
function samePeriod(facts: Located[], metrics: ReadonlyMap<string, Metric>): Finding[] {
  const found: Finding[] = [];
  for (const group of groupBy(facts, (f) => key(f.metric, f.segment, f.period)).values()) {
    const sorted = [...group].sort(byDate);
    const first = sorted[0];
    if (!first) continue;
    const hedged = (fact: Located) => metrics.get(fact.metric)?.kind === 'target' || fact.estimate;
    // A goal or a projection that a later report states differently was revised, not contradicted.
    const revision = sorted.find(
      (other) =>
        other.reportDate !== first.reportDate &&
        (hedged(first) || hedged(other)) &&
        figureText(other) !== figureText(first),
    );
    const clash = revision ?? sorted.find((other) => !compatible(first, other));
    if (!clash) continue;
    const label = periodLabel(first.period);
    const revised = clash === revision;
    found.push(
      revised
        ? {
            kind: 'revision',
            metric: first.metric,
            segment: first.segment,
            facts: [first, clash],
            zh: `${label}的数值在后来的报道中修订：${dateZh(first)}的报道说${said(first)}，${dateZh(clash)}的报道说${said(clash)}。`,
            en: `revised: the ${first.reportDate} report says ${first.value}, the ${clash.reportDate} report ${clash.value}`,
          }
        : {
            kind: 'differs',
            metric: first.metric,
            segment: first.segment,
            facts: [first, clash],
            zh: `${label}的数值说法不一：${said(first)}（${where(first)}）与${said(clash)}（${where(clash)}）不能同时成立。`,
            en: `reports disagree: ${first.value} and ${clash.value} cannot both hold`,
          },
    );
  }
  return found;
}

/** A running total (累计) that is lower later than earlier, beyond what the qualifiers allow. */
function decreases(facts: Located[], metrics: ReadonlyMap<string, Metric>): Finding[] {
  const found: Finding[] = [];
  const cumulative = facts.filter((f) => metrics.get(f.metric)?.kind === 'cumulative');
  for (const group of groupBy(cumulative, (f) => key(f.metric, f.segment)).values()) {
    const sorted = [...group].sort((a, b) => comparePeriods(a.period, b.period));
    for (let i = 1; i < sorted.length; i++) {
      const [earlier, later] = [sorted[i - 1], sorted[i]] as [Located, Located];
      const [pe, pl] = [parsePeriod(earlier.period), parsePeriod(later.period)];
      if (pe && pl && pe.end < pl.end && bounds(later)[1] < bounds(earlier)[0]) {
        found.push({
          kind: 'decreases',
          metric: earlier.metric,
          segment: earlier.segment,
          facts: [earlier, later],
          zh: `累计数不应减少，但${periodLabel(later.period)}的${said(later)}少于${periodLabel(earlier.period)}的${said(earlier)}。`,
          en: 'a running total goes down',
        });
      }
    }
  }
  return found;
}

/** The range a computed percentage may take, from the intervals of its numerator and denominator. */
function ratioRange(part: Located, whole: Located, minus = 0): [number, number] {
  const [lp, hp] = bounds(part);
  const [lw, hw] = bounds(whole);
  return [(lp / hw - minus) * 100, (hp / lw - minus) * 100];
}

/** A stated rate or share against the one its levels give. */
function arithmetic(facts: Located[], metrics: ReadonlyMap<string, Metric>): Finding[] {
  const found: Finding[] = [];
  const level = (metric: string, segment: string, period: string) =>
    facts.find((f) => f.metric === metric && f.segment === segment && f.period === period && !f.estimate);
  const outside = (stated: Located, [low, high]: [number, number]) => {
    const [ls, hs] = bounds(stated);
    return hs < low - POINTS || ls > high + POINTS;
  };
  const range = ([low, high]: [number, number]) =>
    Number.isFinite(high) ? `${low.toFixed(1)}%—${high.toFixed(1)}%` : `至少${low.toFixed(1)}%`;
  for (const stated of facts.filter((f) => !f.estimate && parsePeriod(f.period)?.kind === 'year')) {
    const metric = metrics.get(stated.metric);
    const year = Number(stated.period);
    if (metric?.growthOf) {
      const [now, before] = [
        level(metric.growthOf, stated.segment, stated.period),
        level(metric.growthOf, stated.segment, String(year - 1)),
      ];
      if (now && before && outside(stated, ratioRange(now, before, 1))) {
        const computed = range(ratioRange(now, before, 1));
        found.push({
          kind: 'growth',
          metric: stated.metric,
          segment: stated.segment,
          facts: [before, now, stated].sort(byDate),
          zh: `${periodLabel(stated.period)}增速${stated.value}%与两年的数值不符：${said(before)}到${said(now)}，算得${computed}（增速可能按可比口径计算）。`,
          en: `growth ${stated.value}% does not match the levels, which give ${computed}`,
        });
      }
    }
    if (metric?.shareOf) {
      const part = level(metric.shareOf.metric, metric.shareOf.segment, stated.period);
      const whole = level(metric.shareOf.of, '', stated.period);
      if (part && whole && outside(stated, ratioRange(part, whole))) {
        const computed = range(ratioRange(part, whole));
        found.push({
          kind: 'share',
          metric: stated.metric,
          segment: stated.segment,
          facts: [part, whole, stated].sort(byDate),
          zh: `${periodLabel(stated.period)}比重${stated.value}%与数值不符：${said(part)}占${said(whole)}，算得${computed}。`,
          en: `share ${stated.value}% does not match the levels, which give ${computed}`,
        });
      }
    }
  }
  return found;
}

/** Parts that add up to more than their total. */
function parts(facts: Located[], metrics: ReadonlyMap<string, Metric>): Finding[] {
  const found: Finding[] = [];
  for (const group of groupBy(facts, (f) => key(f.metric, f.period, f.slug)).values()) {
    const metric = metrics.get(group[0]?.metric ?? '');
    const total = group.find((f) => !f.segment && !f.estimate);
    if (!metric?.parts.length || !total) continue;
    const pieces = group.filter((f) => metric.parts.includes(f.segment) && !f.estimate);
    const least = pieces.reduce((sum, f) => sum + bounds(f)[0], 0);
    if (pieces.length > 1 && least > bounds(total)[1]) {
      found.push({
        kind: 'parts',
        metric: metric.id,
        segment: '',
        facts: [total, ...pieces],
        zh: `${periodLabel(total.period)}各分组之和至少${Number(least.toFixed(2))}${total.unit}，超过总数${said(total)}。`,
        en: `the parts add up to at least ${least}, more than the total ${total.value}`,
      });
    }
  }
  return found;
}

/** The facts of every report with their report, proposed ones left out. */
export function locate(reports: readonly ReportFacts[]): Located[] {
  return reports.flatMap((report) =>
    report.facts
      .filter((fact) => !fact.proposed)
      .map((fact) => ({
        ...fact,
        slug: report.slug,
        file: report.file,
        reportTitle: report.title,
        reportDate: report.date.toISOString().slice(0, 10),
      })),
  );
}

/** Check every report: their own problems, and what their facts say together. */
export function checkReports(reports: readonly ReportFacts[], registry: Registry = REGISTRY): CheckResult {
  const metrics = new Map(registry.metrics.map((metric) => [metric.id, metric]));
  const facts = locate(reports);
  return {
    problems: reports.flatMap((report) => report.problems),
    findings: [
      ...samePeriod(facts, metrics),
      ...decreases(facts, metrics),
      ...arithmetic(facts, metrics),
      ...parts(facts, metrics),
    ],
  };
}

/** A finding as one line for the build log and check-data: where, then Chinese and English. */
export function findingLine(finding: Finding): string {
  const what = finding.segment ? `${finding.metric} [${finding.segment}]` : finding.metric;
  return `${finding.facts.map(where).join(', ')}: ${what}: ${finding.zh} (${finding.en})`;
}
