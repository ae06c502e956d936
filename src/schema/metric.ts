/**
 * The metric registry (content/data/metrics.json): every indicator a report may state as a fact, the
 * industry or level segments a fact may belong to, and the qualifier words of the sources (超 / 约 / 近).
 */
import { z } from 'astro/zod';
import { fieldMessage } from './messages.ts';

/** What kind of number a metric is; it decides how charts draw it and which checks apply. */
export const METRIC_KINDS = ['flow', 'cumulative', 'target', 'growth', 'share'] as const;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const idField = (field: string) =>
  z.string().regex(ID, {
    error: fieldMessage(
      field,
      '应为小写字母、数字和连字符',
      `${field} must be lower-case letters, digits and hyphens`,
    ),
  });

/** A qualifier: how a source hedges a figure. */
export const qualifierSchema = z.strictObject({
  /** `more-than`, `about` or `nearly`. */
  id: idField('qualifiers.id'),
  /** The Chinese word shown in tables (超过, 约, 近). */
  name: z.string().min(1),
  /** The English meaning, for the dataset README. */
  en: z.string().min(1),
  /** Words written just before the number (超过1000亿元, 近150亿元). */
  before: z.array(z.string().min(1)),
  /** Words written just after the number or its unit (600余种, 140亿元以上, 7.9%左右). */
  after: z.array(z.string().min(1)),
});

/** A segment of a metric: an industry (消费品) or a level (国家级). */
export const segmentSchema = z.strictObject({
  /** ASCII id used in facts (`segment="consumer-goods"`) and anchors. */
  id: idField('segments.id'),
  /** The Chinese name shown to readers. */
  name: z.string().min(1),
});

/** One metric of the registry. */
export const metricSchema = z.strictObject({
  /** ASCII id used in facts (`metric="industrial-output"`) and in /indicators/<id>/. */
  id: idField('metrics.id'),
  /** The Chinese name shown to readers. */
  name: z.string().min(1),
  /** Other names the texts give the metric (规模工业产值 for 规上工业总产值); the importer proposes facts by them. */
  aliases: z.array(z.string().min(1)).default([]),
  /** The unit values are stated in (亿元, 家, %). */
  unit: z.string().min(1),
  /** Other ways the sources write the same unit (亿 for 亿元, 家 for 个). */
  alsoWritten: z.array(z.string().min(1)).default([]),
  /** flow (over a period), cumulative (count as of a date), target, growth (rate) or share. */
  kind: z.enum(METRIC_KINDS),
  /** What the number measures, in one or two Chinese sentences. */
  definition: z.string().min(1),
  /** Segment ids a fact of this metric may carry; none means the metric is not split. */
  segments: z.array(z.string()).default([]),
});

/** The whole registry file. */
export const registrySchema = z
  .strictObject({
    /** The qualifiers the sources use. */
    qualifiers: z.array(qualifierSchema),
    /** The segments metrics may be split by. */
    segments: z.array(segmentSchema),
    /** The metrics. */
    metrics: z.array(metricSchema),
  })
  .superRefine((registry, context) => {
    const segmentIds = new Set(registry.segments.map((segment) => segment.id));
    const seen = new Set<string>();
    for (const metric of registry.metrics) {
      if (seen.has(metric.id)) {
        context.addIssue({
          code: 'custom',
          message: fieldMessage('metrics.id', `“${metric.id}”重复`, `"${metric.id}" appears twice`),
        });
      }
      seen.add(metric.id);
      for (const segment of metric.segments.filter((id) => !segmentIds.has(id))) {
        context.addIssue({
          code: 'custom',
          message: fieldMessage(
            'metrics.segments',
            `“${segment}”不在 segments 中`,
            `"${segment}" is not in segments`,
          ),
        });
      }
    }
  });

/** A metric after validation. */
export type Metric = z.output<typeof metricSchema>;
/** The registry after validation. */
export type Registry = z.output<typeof registrySchema>;
/** A qualifier after validation. */
export type Qualifier = z.output<typeof qualifierSchema>;
