/**
 * What a chart is: a title and caption for readers, which observations it draws, and one pure function
 * from those observations to Plot options. Charts select by metric, never by a fixed list of years, so a
 * new report's figures join every chart of their metric at the next build.
 */
import type { PlotOptions } from '@observablehq/plot';
import type { Observation } from '../facts/observations.ts';
import { formatValue } from './format.ts';

/** A colour and its label in a chart's legend. */
export interface LegendItem {
  label: string;
  /** A CSS colour, usually `var(--chart-n)`. */
  color: string;
  /** Drawn as a ring (targets) rather than a filled swatch. */
  ring?: boolean;
}

/** One chart. */
export interface ChartDefinition {
  /** Stable id: the `<Chart id="…">` editors write, and the prefix of its anchors. */
  id: string;
  /** The chart's title. */
  title: string;
  /** What it shows, in one or two sentences. */
  caption: string;
  /** The observations it draws, from all of the site's. */
  select: (observations: Observation[]) => Observation[];
  /** The pure chart function: observations (as selected) and a width in pixels to Plot options. */
  plot: (observations: Observation[], width?: number) => PlotOptions;
  /** The series a reader must tell apart, when there is more than one. */
  legend?: (observations: Observation[]) => LegendItem[];
  /**
   * The title that states what the figures show (computed, so a new report updates it), if any; `dates`
   * holds each report's publication date by slug, for a message that needs the newest report's figure.
   * The page, the PNG and the share card all print this one title.
   */
  message?: (observations: Observation[], dates: ReadonlyMap<string, Date>) => string | undefined;
  /** How many of the latest periods a report page shows (default `RECENT_PERIODS` in view.ts). */
  recent?: number;
}

/** What a reader sees of a chart before its marks: the id, title and caption a chart kind's spec gives. */
export type ChartHeading = Pick<ChartDefinition, 'id' | 'title' | 'caption'>;

/** The heading of a chart from its spec, without the spec's other fields. */
export function heading({ id, title, caption }: ChartHeading): ChartHeading {
  return { id, title, caption };
}

/** Colour-blind-safe series colours (Okabe–Ito), defined in CSS for light and dark mode. */
export const COLORS = [
  'var(--chart-1)',
  'var(--chart-2)',
  'var(--chart-3)',
  'var(--chart-4)',
  'var(--chart-5)',
];

/** The colour of targets and other reference marks. */
export const TARGET_COLOR = 'var(--chart-target)';

/**
 * The widths a chart is drawn at: one for phones, one for wider screens (CSS shows the one that fits and
 * scales it to the column), so that type stays readable on both.
 */
export const WIDTHS = { narrow: 360, wide: 600 } as const;

/** The default width: the wide one. */
export const WIDTH = WIDTHS.wide;

/** A value with its qualifier and unit, for labels and tooltips (超过1,000亿元). */
export function valueLabel(observation: Observation): string {
  return formatValue(observation.value, observation.unit, observation.qualifierName);
}

/** The series name of an observation: its segment's name, or the metric's name. */
export function seriesName(observation: Observation): string {
  return observation.segmentName || observation.name;
}

/** A tooltip line: period, series and value. */
export function tip(observation: Observation): string {
  // A comma, not a space: a series name may start with a number (10亿级), and numbers take no space.
  return `${observation.periodLabel}，${seriesName(observation)}：${valueLabel(observation)}`;
}

/** Drop repeated statements of one figure (the same value for the same metric, segment and period). */
export function distinct(observations: Observation[]): Observation[] {
  const seen = new Set<string>();
  return observations.filter((observation) => {
    const key = [observation.metric, observation.segment, observation.period, observation.value].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A chart's `select`: the observations that pass the test, each figure once. */
export function selectDistinct(
  keep: (observation: Observation) => unknown,
): (observations: Observation[]) => Observation[] {
  return (observations) => distinct(observations.filter(keep));
}

/** The observations of the given metrics (and, when given, segments). */
export function ofMetrics(
  observations: Observation[],
  metrics: string[],
  segments?: string[],
): Observation[] {
  return distinct(
    observations.filter(
      (observation) =>
        metrics.includes(observation.metric) && (!segments || segments.includes(observation.segment)),
    ),
  );
}

/** The chart's description for screen readers: every value it draws, in words. */
export function describe(observations: Observation[]): string {
  return observations.map((observation) => `${tip(observation)}`).join('；') + '。';
}
