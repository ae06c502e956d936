/**
 * Which figures a chart draws where it is shown: the whole series on an indicator page, the latest
 * periods on a report page (a phone cannot show thirty years of labelled bars), and a key naming that
 * distinct drawing, so each is rendered once per build however many pages show it.
 */
import type { Observation } from '../facts/observations.ts';
import { comparePeriods } from '../facts/periods.ts';
import { namedCache } from '../memo.ts';
import type { ChartDefinition } from './chart.ts';

/** Where a chart is shown: `recent` (reports, home) or `full` (indicator and chart pages). */
export type View = 'recent' | 'full';

/** How many periods a chart shows on a report page unless it says otherwise. */
export const RECENT_PERIODS = 6;

/** One distinct chart: a definition, the figures it draws, and the key its files are stored under. */
export interface ChartEntry {
  /** The folder of its files under /charts/: the chart id, with `-recent` when a window drops figures. */
  key: string;
  chart: ChartDefinition;
  /** The figures drawn. */
  data: Observation[];
  /** How many figures the whole series has (more than `data` when windowed). */
  total: number;
}

const selections = namedCache<Observation[], Observation[]>();
const entries = namedCache<Observation[], ChartEntry>();

/**
 * The figures a chart draws from `observations`: selected once per chart id and observations array, as
 * every page showing the chart (or linking to it) asks again. A chart's id names what it selects.
 */
export function chartData(chart: ChartDefinition, observations: Observation[]): Observation[] {
  return selections(observations, chart.id, () => chart.select(observations));
}

/** The figures of a chart in a view: in `recent`, those of its latest periods only. Once per build. */
export function chartEntry(chart: ChartDefinition, observations: Observation[], view: View): ChartEntry {
  return entries(observations, `${chart.id}|${view}`, () => viewEntry(chart, observations, view));
}

/** The entry of a chart in a view, computed. */
function viewEntry(chart: ChartDefinition, observations: Observation[], view: View): ChartEntry {
  const all = chartData(chart, observations);
  const periods = [...new Set(all.map((observation) => observation.period))].sort(comparePeriods);
  const keep = chart.recent ?? RECENT_PERIODS;
  if (view === 'full' || periods.length <= keep)
    return { key: chart.id, chart, data: all, total: all.length };
  const recent = new Set(periods.slice(-keep));
  const data = all.filter((observation) => recent.has(observation.period));
  return { key: `${chart.id}-recent`, chart, data, total: all.length };
}
