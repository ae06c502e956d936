/**
 * Periods of an observation as editors write them: a year (`2022`), a quarter (`2023-Q2`), a month
 * (`2023-06`) or a range of months for a partial year (`2023-01/2023-06`, 1月-6月). A cumulative count
 * "as of" a date takes the month it was counted in.
 */

const YEAR = /^(\d{4})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const RANGE = /^(\d{4})-(0[1-9]|1[0-2])\/(\d{4})-(0[1-9]|1[0-2])$/;

/** What a period string denotes. */
export interface PeriodInfo {
  kind: 'year' | 'quarter' | 'month' | 'range';
  /** The year the period ends in. */
  year: number;
  /** First and last month covered, as `year * 12 + month - 1`, for ordering and overlap. */
  start: number;
  end: number;
}

/** The meaning of a period string, or `undefined` when it is not a year, quarter, month or month range. */
export function parsePeriod(period: string): PeriodInfo | undefined {
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

/** Order periods by their end, then by their start (a whole year after its first half). */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa || !pb) return a.localeCompare(b);
  return pa.end - pb.end || pb.start - pa.start;
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
    case 'range': {
      const startYear = Math.floor(info.start / 12);
      return startYear === info.year
        ? `${info.year}年${month(info.start)}—${month(info.end)}月`
        : `${startYear}年${month(info.start)}月—${info.year}年${month(info.end)}月`;
    }
  }
}

/** The period as it may appear in an HTML id: the range slash becomes `--`. */
export function periodSlug(period: string): string {
  return period.replace('/', '--');
}
