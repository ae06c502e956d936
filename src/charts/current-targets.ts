import type { Observation } from '../lib/facts/observations.ts';

/**
 * The targets a chart draws: for each metric, segment and period, the goals a report set (力争, 目标)
 * replace the projections (预计, 有望) of others, so a revised target shows once, never as two rings.
 */
export function currentTargets(targets: Observation[]): Observation[] {
  const key = (o: Observation) => `${o.metric}|${o.segment}|${o.period}`;
  const stated = new Set(targets.filter((o) => !o.estimate).map(key));
  return targets.filter((o) => !o.estimate || !stated.has(key(o)));
}
