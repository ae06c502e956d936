/**
 * Observations: the facts of every report with what a reader needs beside them (the metric's name, the
 * report page and anchor), in the order the dataset, tables and charts list them.
 */
import type { Registry } from '../../schema/metric.ts';
import { comparePeriods, periodLabel, periodYear } from './periods.ts';
import { REGISTRY } from './registry.ts';
import type { Fact } from './resolve.ts';

/** One row of the dataset: a figure, where it is stated, and the sentence stating it. */
export interface Observation {
  /** Metric id. */
  metric: string;
  /** The metric's Chinese name. */
  name: string;
  /** flow, cumulative, target, growth or share. */
  kind: string;
  /** Segment id, or '' when the metric is not split. */
  segment: string;
  /** The segment's Chinese name, or ''. */
  segmentName: string;
  /** Period string (2022, 2023-Q2, 2023-06, 2023-01/2023-06). */
  period: string;
  /** The period as a reader writes it (2023年1—6月). */
  periodLabel: string;
  /** The year the period ends in. */
  year: number;
  /** The number. */
  value: number;
  /** The registry's unit. */
  unit: string;
  /** more-than, about, nearly, or '' when exact. */
  qualifier: string;
  /** The qualifier as the sources write it (超过, 约, 近), or ''. */
  qualifierName: string;
  /** The report's slug. */
  slug: string;
  /** The report's headline. */
  reportTitle: string;
  /** Path of the report page with the fact's anchor (/reports/x/#industrial-output-2022). */
  href: string;
  /** The fact's anchor. */
  anchor: string;
  /** The figure as written in the text (1797.4亿元). */
  text: string;
  /** The whole sentence stating it, as on the page. */
  quote: string;
  /** 1-based line of its tag in the text it was read from (the file, or the body without frontmatter). */
  line: number;
}

/** The report a fact is in. */
export interface ReportRef {
  slug: string;
  title: string;
}

/** The observations of one report's facts; a proposal not yet confirmed is none. */
export function toObservations(
  report: ReportRef,
  facts: Fact[],
  registry: Registry = REGISTRY,
): Observation[] {
  return facts
    .filter((fact) => !fact.proposed)
    .map((fact) => {
      const metric = registry.metrics.find((candidate) => candidate.id === fact.metric);
      const qualifier = registry.qualifiers.find((candidate) => candidate.id === fact.qualifier);
      return {
        metric: fact.metric,
        name: metric?.name ?? fact.metric,
        kind: metric?.kind ?? '',
        segment: fact.segment,
        segmentName: registry.segments.find((segment) => segment.id === fact.segment)?.name ?? '',
        period: fact.period,
        periodLabel: periodLabel(fact.period),
        year: periodYear(fact.period),
        value: fact.value,
        unit: fact.unit,
        qualifier: fact.qualifier,
        qualifierName: qualifier?.name ?? '',
        slug: report.slug,
        reportTitle: report.title,
        href: `/reports/${report.slug}/#${fact.anchor}`,
        anchor: fact.anchor,
        text: fact.text,
        quote: fact.quote,
        line: fact.line,
      };
    });
}

/** Registry order of metrics, then segment, then period, then report: the dataset's order. */
export function sortObservations(list: Observation[], registry: Registry = REGISTRY): Observation[] {
  const order = new Map(registry.metrics.map((metric, index) => [metric.id, index]));
  const segments = new Map(registry.segments.map((segment, index) => [segment.id, index]));
  return [...list].sort(
    (a, b) =>
      (order.get(a.metric) ?? 0) - (order.get(b.metric) ?? 0) ||
      (segments.get(a.segment) ?? -1) - (segments.get(b.segment) ?? -1) ||
      comparePeriods(a.period, b.period) ||
      a.slug.localeCompare(b.slug) ||
      a.anchor.localeCompare(b.anchor),
  );
}

/** A figure as a reader says it: 超过1000亿元, 约7.9%, 1797.4亿元. */
export function valueText(observation: Pick<Observation, 'value' | 'unit' | 'qualifierName'>): string {
  return `${observation.qualifierName}${observation.value}${observation.unit}`;
}
