import * as Plot from '@observablehq/plot';
import { COLORS, TARGET_COLOR, WIDTH, selectDistinct, tip } from '../lib/charts/chart.ts';
import type { ChartDefinition } from '../lib/charts/chart.ts';
import { shortLabel, targetMarks, uncertain, valueAxis, yearAxis } from '../lib/charts/parts.ts';
import type { Observation } from '../lib/facts/observations.ts';
import { currentTargets } from './current-targets.ts';
import { isFullYear } from '../lib/facts/periods.ts';
import { trendMessage } from '../lib/charts/message.ts';
import { targetGap, targetHeadline } from '../lib/story/target.ts';

const METRICS = ['industrial-output', 'industrial-output-target', 'industrial-output-growth'];
const x = (observation: Observation) => String(observation.year);

/** The home page's headline: industrial output over the years, its growth, and where 2025 should be. */
export const headlineOutput: ChartDefinition = {
  id: 'headline-output',
  title: '江津规上工业总产值走势',
  caption:
    '规模以上工业总产值（亿元）逐年走势，线下注明比上年增长；圆圈为报道提出的2025年目标（后来的报道修订了目标时取修订后的数）。',
  select: selectDistinct(
    (observation) =>
      METRICS.includes(observation.metric) &&
      (isFullYear(observation.period) || observation.metric === 'industrial-output-target'),
  ),
  legend: () => [
    { label: '规上工业总产值', color: COLORS[0] ?? '' },
    { label: '目标', color: TARGET_COLOR, ring: true },
  ],
  // The gap to the newest target and the growth it needs; the trend when no report sets a target.
  message: (observations, dates) => {
    const published = new Map([...dates].map(([slug, date]) => [slug, date.getTime()]));
    const gap = targetGap(observations, 'industrial-output', published);
    return gap
      ? targetHeadline(gap)
      : trendMessage(observations.filter((o) => o.metric === 'industrial-output'));
  },
  plot: (observations, width = WIDTH) => {
    const actual = observations
      .filter((observation) => observation.metric === 'industrial-output')
      .sort((a, b) => a.year - b.year);
    const targets = currentTargets(
      observations.filter((observation) => observation.metric === 'industrial-output-target'),
    );
    const growth = observations.filter((observation) => observation.metric === 'industrial-output-growth');
    const level = new Map(actual.map((observation) => [observation.year, observation.value]));
    const placed = growth.filter((observation) => level.has(observation.year));
    const rings = targetMarks(targets, width);
    return {
      width,
      height: 290,
      marginTop: 30,
      marginLeft: 48,
      marginRight: rings.margin,
      x: { type: 'point', ...yearAxis(observations, width), padding: 0.4 },
      y: {
        ...valueAxis('亿元'),
        domain: [0, Math.max(...actual.concat(targets).map((observation) => observation.value)) * 1.1],
      },
      marks: [
        Plot.ruleY([0]),
        Plot.areaY(actual, { x, y: 'value', fill: COLORS[0], fillOpacity: 0.15 }),
        Plot.lineY(actual, { x, y: 'value', stroke: COLORS[0], strokeWidth: 2.5 }),
        Plot.dot(actual, {
          x,
          y: 'value',
          fill: (observation: Observation) => (uncertain(observation) ? 'none' : COLORS[0]),
          stroke: COLORS[0],
          strokeWidth: 2,
          r: 5,
          title: tip,
        }),
        Plot.text(actual, { x, y: 'value', text: shortLabel, dy: -13 }),
        Plot.text(placed, {
          x,
          y: (observation: Observation) => level.get(observation.year),
          text: (observation: Observation) => `增长${observation.value}%`,
          dy: 16,
          fontSize: width < 480 ? 13 : 12,
        }),
        ...rings.marks,
      ],
    };
  },
};
