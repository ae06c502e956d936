/**
 * The reports grouped by the year they are about, for /reports/ and the year pages. Pure (it reads only
 * the fields it is given), so tests use it without a build.
 */
import { groupBy } from './paging.ts';

/** Reports per page of a year's or a topic's list: about 1.5 kB of HTML each. */
export const REPORTS_PAGE_SIZE = 40;

/** How many of the newest reports /reports/ shows before the years. */
export const LATEST_COUNT = 12;

/** The least a grouped report needs: the year it is about. */
export interface Dated {
  data: { period: number };
}

/** The address of a year's list of reports. */
export function yearPath(year: number): string {
  return `/reports/year/${year}/`;
}

/** Reports grouped by period, newest year first; each group keeps the order it was given (newest first). */
export function reportsByYear<T extends Dated>(reports: readonly T[]): { year: number; reports: T[] }[] {
  return [...groupBy(reports, (report) => report.data.period)]
    .sort(([a], [b]) => b - a)
    .map(([year, list]) => ({ year, reports: list }));
}
