/** Formatting for readers: one module for numbers and dates, used by every page, chart and script. */
export {
  formatCount,
  formatKindCounts,
  formatNumber,
  formatValue,
  formatYear,
  numberStyleErrors,
} from './number.ts';
export { formatDateZh, formatYearZh, isoDate } from './date.ts';
