/**
 * Chart numbers in the site's one number style (src/lib/format/): no grouping, no space before the
 * unit, years as 2023 on a time axis (2023年 elsewhere).
 */
import { formatAxisYear, formatNumber, formatValue, formatYear } from '../format/number.ts';

export { formatAxisYear, formatNumber, formatValue, formatYear };

/** Axis ticks: the same digits as the text (1500, 12.5). */
export const formatTick = (value: number): string => formatNumber(value);
