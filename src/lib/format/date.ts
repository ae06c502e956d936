/** Dates as Chinese readers write them: 2023年6月25日. */
import { formatYear } from './number.ts';

const longDate = new Intl.DateTimeFormat('zh-CN', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

/** `2023年6月25日` for a date stored at midnight UTC. */
export function formatDateZh(date: Date): string {
  return longDate.format(date);
}

/** `2023-06-25`, for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `2023年`, for a report's period. */
export function formatYearZh(year: number): string {
  return formatYear(year);
}
