/**
 * Numbers for Chinese readers, with d3-format's zh-CN locale: thousands grouped with commas, money in
 * the units the sources use (亿元, 万元), years as 2023年.
 */
import { formatLocale } from 'd3';

const zhCN = formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['¥', ''] });

/** Axis ticks: grouped thousands, no trailing zeros (1,500 · 12.5). */
export const formatTick = zhCN.format(',~g');

/** A value as printed in charts and tables: up to three decimals, grouped thousands. */
export const formatNumber = zhCN.format(',~r');

/** A value with its unit: 1,797.4亿元, 116.49%. */
export function formatValue(value: number, unit: string, qualifierName = ''): string {
  return `${qualifierName}${formatNumber(value)}${unit}`;
}

/** A year as a Chinese axis label: 2023 → 2023年. */
export function formatYear(year: number | string): string {
  return `${year}年`;
}
