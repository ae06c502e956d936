/**
 * Chart numbers in the site's one number style (src/lib/format/): no grouping, no space before the
 * unit, years as 2023年, axes included.
 */
import { formatNumber, formatValue, formatYear } from '../format/number.ts';

export { formatNumber, formatValue, formatYear };

/** Axis ticks: the same digits as the text (1500, 12.5). */
export const formatTick = (value: number): string => formatNumber(value);
