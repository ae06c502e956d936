/** The metric registry, validated once when first imported, with look-ups by id. */
import raw from '../../../content/data/metrics.json' with { type: 'json' };
import { registrySchema, type Metric, type Registry } from '../../schema/metric.ts';

/** Parse a registry, throwing a message that names the field when it is invalid. */
export function parseRegistry(data: unknown): Registry {
  const result = registrySchema.safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `content/data/metrics.json: ${issue.message}`);
    throw new Error(lines.join('\n'));
  }
  return result.data;
}

/** The site's registry. */
export const REGISTRY: Registry = parseRegistry(raw);

/** Metrics by id. */
export const METRICS: ReadonlyMap<string, Metric> = new Map(
  REGISTRY.metrics.map((metric) => [metric.id, metric]),
);

/** Segment names by id. */
export const SEGMENT_NAMES: ReadonlyMap<string, string> = new Map(
  REGISTRY.segments.map((segment) => [segment.id, segment.name]),
);

/** A qualifier's Chinese word by id (`more-than` → 超过), or '' for an exact figure. */
export function qualifierName(id: string | undefined, registry: Registry = REGISTRY): string {
  return registry.qualifiers.find((qualifier) => qualifier.id === id)?.name ?? '';
}
