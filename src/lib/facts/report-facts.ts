/** The facts of one report file, from its MDX text: the one entry point for loader, pages and CLI. */
import type { Registry } from '../../schema/metric.ts';
import { extractFactTags } from './extract.ts';
import { REGISTRY } from './registry.ts';
import { reportFacts, type Fact } from './resolve.ts';

/** The facts of a report and its problems as `file:line: message` lines. */
export function factsOfFile(
  file: string,
  text: string,
  registry: Registry = REGISTRY,
): { facts: Fact[]; problems: string[] } {
  return reportFacts(file, extractFactTags(text), registry);
}

/** The ids of the registry's cumulative metrics, whose counts must not go down. */
export function cumulativeMetrics(registry: Registry = REGISTRY): Set<string> {
  return new Set(
    registry.metrics.filter((metric) => metric.kind === 'cumulative').map((metric) => metric.id),
  );
}
