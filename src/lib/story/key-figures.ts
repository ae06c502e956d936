/**
 * The home page's key figures, computed from the observations: each metric's latest value, how it
 * changed since the time before (the growth the report states when there is one, else the difference),
 * and the series for a small trend line. A new report's figures change them with no code change.
 */
import type { Observation } from '../facts/observations.ts';
import { comparePeriods, parsePeriod } from '../facts/periods.ts';

/** One point of a key figure's series. */
export interface SeriesPoint {
  period: string;
  periodLabel: string;
  value: number;
  /** Months since year 0 at the period's end, for placing points in time. */
  at: number;
}

/** A key figure as a tile shows it. */
export interface KeyFigure {
  metric: string;
  name: string;
  unit: string;
  latest: Observation;
  /** How the figure changed, as a reader says it (同比增长8%, 比2023年多11个), or ''. */
  change: string;
  /** Whole-year and point-in-time values, oldest first, one per period. */
  series: SeriesPoint[];
}

/** The values of a metric a trend can show: not split by segment, whole years or points in time. */
function seriesOf(
  observations: readonly Observation[],
  metric: string,
  published: ReadonlyMap<string, number>,
) {
  const byPeriod = new Map<string, Observation>();
  for (const observation of observations) {
    if (observation.metric !== metric || observation.segment) continue;
    const kind = parsePeriod(observation.period)?.kind;
    if (kind !== 'year' && kind !== 'month') continue;
    // Where reports disagree on a period, the newest report's value stands.
    const other = byPeriod.get(observation.period);
    if (!other || (published.get(observation.slug) ?? 0) > (published.get(other.slug) ?? 0)) {
      byPeriod.set(observation.period, observation);
    }
  }
  return [...byPeriod.values()].sort((a, b) => comparePeriods(a.period, b.period));
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The key figure of a metric, or undefined when no report states it. */
export function keyFigure(
  observations: readonly Observation[],
  metric: string,
  published: ReadonlyMap<string, number>,
): KeyFigure | undefined {
  const series = seriesOf(observations, metric, published);
  const latest = series.at(-1);
  if (!latest) return undefined;
  const growth = observations.find(
    (observation) =>
      observation.metric === `${metric}-growth` &&
      !observation.segment &&
      observation.period === latest.period,
  );
  const previous = series.filter((observation) => observation.year < latest.year).at(-1);
  let change = '';
  if (growth) change = `同比增长${growth.value}${growth.unit}`;
  else if (previous) {
    const difference = round(latest.value - previous.value);
    const since = `比${previous.periodLabel}${latest.kind === 'cumulative' ? '底' : ''}`.replace(
      /月底$/,
      '月',
    );
    change =
      difference === 0
        ? `与${previous.periodLabel}持平`
        : `${since}${difference > 0 ? '多' : '少'}${Math.abs(difference)}${latest.unit}`;
  }
  return {
    metric,
    name: latest.name,
    unit: latest.unit,
    latest,
    change,
    series: series.map((observation) => ({
      period: observation.period,
      periodLabel: observation.periodLabel,
      value: observation.value,
      at: parsePeriod(observation.period)?.end ?? 0,
    })),
  };
}

/** An SVG path through the points, scaled into a width × height box with a margin for the end dot. */
export function sparklinePath(
  points: readonly Pick<SeriesPoint, 'at' | 'value'>[],
  width: number,
  height: number,
): string {
  if (!points.length) return '';
  const pad = 3;
  const [first, last] = [points[0]?.at ?? 0, points.at(-1)?.at ?? 0];
  const values = points.map((point) => point.value);
  const [low, high] = [Math.min(...values), Math.max(...values)];
  const x = (at: number) =>
    last === first ? width / 2 : pad + ((at - first) / (last - first)) * (width - 2 * pad);
  const y = (value: number) =>
    high === low ? height / 2 : height - pad - ((value - low) / (high - low)) * (height - 2 * pad);
  return points
    .map((point, index) => `${index ? 'L' : 'M'}${round(x(point.at))} ${round(y(point.value))}`)
    .join(' ');
}
