/**
 * Periods of an observation as editors write them: a year (`2022`), a quarter (`2023-Q2`), a month
 * (`2023-06`), a range of months for a partial year (`2023-01/2023-06`, 1月-6月, 前三季度), or a day
 * (`2023-06-25`): "as of" that date, which is what `period="as-of"` becomes for a sentence that says
 * only 目前 or 截至目前 (the report's date). A cumulative count "as of" a month takes that month.
 */

const YEAR = /^(\d{4})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const RANGE = /^(\d{4})-(0[1-9]|1[0-2])\/(\d{4})-(0[1-9]|1[0-2])$/;
const DAY = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** What an editor writes for a figure the sentence dates only by 目前 / 截至目前: the report's date. */
export const AS_OF = 'as-of';

/** What a period string denotes. */
export interface PeriodInfo {
  kind: 'year' | 'quarter' | 'month' | 'range' | 'day';
  /** The year the period ends in. */
  year: number;
  /** First and last month covered, as `year * 12 + month - 1`, for ordering and overlap. */
  start: number;
  end: number;
}

/** Each period string's meaning, once: sorting 1,000 reports' figures compares the same few hundred strings. */
const parsed = new Map<string, PeriodInfo | undefined>();

/** The meaning of a period string, or `undefined` when it is not a year, quarter, month or month range. */
export function parsePeriod(period: string): PeriodInfo | undefined {
  if (parsed.has(period)) return parsed.get(period);
  const info = readPeriod(period);
  // Shared by every caller, so no caller may change it.
  parsed.set(period, info && Object.freeze(info));
  return info;
}

/** parsePeriod() without the cache. */
function readPeriod(period: string): PeriodInfo | undefined {
  let match = YEAR.exec(period);
  if (match) {
    const year = Number(match[1]);
    return { kind: 'year', year, start: year * 12, end: year * 12 + 11 };
  }
  match = QUARTER.exec(period);
  if (match) {
    const year = Number(match[1]);
    const first = (Number(match[2]) - 1) * 3;
    return { kind: 'quarter', year, start: year * 12 + first, end: year * 12 + first + 2 };
  }
  match = MONTH.exec(period);
  if (match) {
    const year = Number(match[1]);
    const month = year * 12 + Number(match[2]) - 1;
    return { kind: 'month', year, start: month, end: month };
  }
  match = DAY.exec(period);
  if (match) {
    const year = Number(match[1]);
    const month = year * 12 + Number(match[2]) - 1;
    return { kind: 'day', year, start: month, end: month };
  }
  match = RANGE.exec(period);
  if (match) {
    const start = Number(match[1]) * 12 + Number(match[2]) - 1;
    const end = Number(match[3]) * 12 + Number(match[4]) - 1;
    if (end < start) return undefined;
    return { kind: 'range', year: Number(match[3]), start, end };
  }
  return undefined;
}

/** True when `period` is a valid period string. */
export function isPeriod(period: string): boolean {
  return parsePeriod(period) !== undefined;
}

/** True when the period is a whole calendar year. */
export function isFullYear(period: string): boolean {
  return parsePeriod(period)?.kind === 'year';
}

/** The year a period ends in (`2023-01/2023-06` → 2023); NaN for an invalid period. */
export function periodYear(period: string): number {
  return parsePeriod(period)?.year ?? Number.NaN;
}

/** Order periods by their end, then by their start (a whole year after its first half, a date last). */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa || !pb) return a.localeCompare(b);
  // A count "as of" a date comes after the year or months that end in the same month.
  const day = (info: PeriodInfo) => (info.kind === 'day' ? 1 : 0);
  return pa.end - pb.end || day(pa) - day(pb) || pb.start - pa.start || a.localeCompare(b);
}

const QUARTER_NAMES = ['一', '二', '三', '四'];

/** A period as a Chinese reader writes it: 2022年, 2023年第二季度, 2023年6月, 2023年1—6月. */
export function periodLabel(period: string): string {
  const info = parsePeriod(period);
  if (!info) return period;
  const month = (at: number) => (at % 12) + 1;
  switch (info.kind) {
    case 'year':
      return `${info.year}年`;
    case 'quarter':
      return `${info.year}年第${QUARTER_NAMES[Math.floor((info.start % 12) / 3)]}季度`;
    case 'month':
      return `${info.year}年${month(info.start)}月`;
    case 'day':
      return `截至${info.year}年${month(info.start)}月${Number(period.slice(8))}日`;
    case 'range': {
      const startYear = Math.floor(info.start / 12);
      return startYear === info.year
        ? `${info.year}年${month(info.start)}—${month(info.end)}月`
        : `${startYear}年${month(info.start)}月—${info.year}年${month(info.end)}月`;
    }
  }
}

/** The period an `as-of` fact gets: the report's date as YYYY-MM-DD. */
export function asOfPeriod(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The period as it may appear in an HTML id: the range slash becomes `--`. */
export function periodSlug(period: string): string {
  return period.replace('/', '--');
}
