/**
 * Pieces of Plot options that several kinds of chart share, so that their axes, value labels and target
 * rings look the same everywhere: the value axis, the year axis, the short value label, the targets.
 */
import * as Plot from '@observablehq/plot';
import type { Observation } from '../facts/observations.ts';
import { TARGET_COLOR, tip } from './chart.ts';
import { formatNumber, formatTick, formatYear } from './format.ts';

/** Width of a text in pixels at the chart's 14 px type: Chinese characters are square. */
export function textWidth(text: string): number {
  return [...text].reduce((width, char) => width + (/[\u2E80-\uFFFF]/u.test(char) ? 14 : 8), 0);
}

/** A short value label above a bar or dot: 超过1,600 or 1,797.4 (the unit is on the axis). */
export function shortLabel(observation: Observation): string {
  return `${observation.qualifierName}${formatNumber(observation.value)}`;
}

/** True when a figure is not exact (超过, 近, 约, 预计): drawn lighter, with a dashed outline or hollow. */
export function uncertain(observation: Observation): boolean {
  return observation.uncertain;
}

/**
 * Bars that never stack (two reports' different values for one period overlap, the larger behind),
 * not-exact values lighter and outlined with a dash, so a reader sees they are not exact.
 */
export function bars(
  data: Observation[],
  channels: { x: Plot.ChannelValue; fx?: Plot.ChannelValue; fill: string | ((o: Observation) => string) },
): Plot.Markish[] {
  const sorted = [...data].sort((a, b) => b.value - a.value);
  const fill = channels.fill;
  return [
    Plot.barY(sorted, {
      x: channels.x,
      fx: channels.fx,
      y1: 0,
      y2: 'value',
      fill,
      fillOpacity: (observation: Observation) => (uncertain(observation) ? 0.4 : 1),
      title: tip,
    }),
    Plot.barY(sorted.filter(uncertain), {
      x: channels.x,
      fx: channels.fx,
      y1: 0,
      y2: 'value',
      stroke: fill,
      strokeWidth: 1.5,
      strokeDasharray: '4 3',
      fill: 'none',
    }),
  ];
}

/** Every year from the first to the last, as strings, so gaps between reports stay visible. */
export function yearRange(observations: Observation[]): string[] {
  const years = observations.map((observation) => observation.year);
  if (!years.length) return [];
  const first = Math.min(...years);
  return Array.from({ length: Math.max(...years) - first + 1 }, (_, index) => String(first + index));
}

/** A vertical value axis with grid lines, its label (the unit) on top, and rounded ticks. */
export function valueAxis(label: string): Plot.ScaleOptions {
  return { grid: true, label, labelAnchor: 'top', tickFormat: formatTick, nice: true };
}

/** A horizontal axis of every year the observations span, ticks as 2023年 at every width, like the time axes. */
export function yearAxis(observations: Observation[], _width: number): Plot.ScaleOptions {
  return { domain: yearRange(observations), tickFormat: formatYear, label: null };
}

/**
 * Targets as rings at their year, labelled in the right margin beside the rings so the labels never cover
 * the actual values: on a phone-width chart without the word 目标 (the legend names the ring). Returns the
 * marks and the right margin they need.
 */
export function targetMarks(
  targets: Observation[],
  width: number,
): { marks: Plot.Markish[]; margin: number } {
  const narrow = width < 480;
  const x = (observation: Observation) => String(observation.year);
  const label = (observation: Observation) => `${narrow ? '' : '目标'}${shortLabel(observation)}`;
  const widest = Math.max(0, ...targets.map((observation) => textWidth(label(observation))));
  return {
    marks: [
      Plot.dot(targets, { x, y: 'value', r: 6, stroke: TARGET_COLOR, strokeWidth: 2.5, title: tip }),
      Plot.text(targets, { x, y: 'value', text: label, dx: 11, textAnchor: 'start' }),
    ],
    margin: Math.max(20, widest + 16),
  };
}
