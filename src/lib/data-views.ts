/**
 * The data table's static views: the whole table, and the rows of one metric, one year, one metric in
 * one year, or one report, each split into pages small enough to load on a phone. A filter in the URL
 * (`/data/?metric=…&year=…&report=…`, names from PARAMS) leads to the view holding exactly those rows;
 * without JavaScript the same views are reached by links. Pure: no Astro imports.
 */
import { groupBy, paginate, pagePath, type Page } from './paging.ts';

/** Rows per page of the data table: about 100–150 kB of HTML. */
export const DATA_PAGE_SIZE = 150;

/** The filters of the data table; an empty one is not set. */
export interface DataFilters {
  metric?: string | undefined;
  year?: number | string | undefined;
  report?: string | undefined;
}

/** The fields of a row the views group by. */
export interface DataRow {
  metric: string;
  year: number;
  slug: string;
}

/**
 * The address of the view for some filters: a report's view when a report is chosen (its rows are few,
 * and the other filters narrow them on the page), else the metric's rows in a year, a metric's or a
 * year's rows, or the whole table. Page 1; `pagePath` gives the others.
 */
export function dataViewPath(filters: DataFilters): string {
  const year = filters.year === undefined || filters.year === '' ? '' : String(filters.year);
  if (filters.report) return `/data/report/${filters.report}/`;
  if (filters.metric && year) return `/data/metric/${filters.metric}/year/${year}/`;
  if (filters.metric) return `/data/metric/${filters.metric}/`;
  if (year) return `/data/year/${year}/`;
  return '/data/';
}

/** The filters a view holds rows of, and those the page must still apply (a report view narrowed further). */
export function residualFilters(filters: DataFilters): DataFilters {
  return filters.report ? { metric: filters.metric, year: filters.year } : {};
}

/** One page of one view. */
export interface DataViewPage<T> {
  /** What the view's rows share. */
  filters: DataFilters;
  /** The page's address (`/data/year/2022/2/`). */
  path: string;
  /** Address of page 1 of the view. */
  base: string;
  page: Page<T>;
}

/** The pages of one view. */
function viewPages<T>(filters: DataFilters, rows: T[], size: number): DataViewPage<T>[] {
  const base = dataViewPath(filters);
  return paginate(rows, size).map((page) => ({ filters, path: pagePath(base, page.number), base, page }));
}

/** Every page of every view of `rows` (in dataset order), the whole table's first. */
export function dataViewPages<T extends DataRow>(
  rows: readonly T[],
  size = DATA_PAGE_SIZE,
): DataViewPage<T>[] {
  const pages = viewPages({}, [...rows], size);
  for (const [metric, ofMetric] of groupBy(rows, (row) => row.metric)) {
    pages.push(...viewPages({ metric }, ofMetric, size));
    for (const [year, ofYear] of groupBy(ofMetric, (row) => row.year)) {
      pages.push(...viewPages({ metric, year }, ofYear, size));
    }
  }
  const byYear = [...groupBy(rows, (row) => row.year)].sort(([a], [b]) => b - a);
  for (const [year, ofYear] of byYear) pages.push(...viewPages({ year }, ofYear, size));
  for (const [report, ofReport] of groupBy(rows, (row) => row.slug)) {
    pages.push(...viewPages({ report }, ofReport, size));
  }
  return pages;
}

/** What a view's filter form and links offer: every metric with data (dataset order), every year, and each metric's years. */
export function viewChoices<T extends DataRow & { name: string }>(
  rows: readonly T[],
): { metrics: [string, string][]; years: number[]; metricYears: Record<string, number[]> } {
  const metricYears: Record<string, number[]> = {};
  for (const [metric, list] of groupBy(rows, (row) => row.metric)) {
    metricYears[metric] = [...new Set(list.map((row) => row.year))].sort((a, b) => b - a);
  }
  return {
    metrics: [...new Map(rows.map((row) => [row.metric, row.name])).entries()],
    years: [...new Set(rows.map((row) => row.year))].sort((a, b) => b - a),
    metricYears,
  };
}

/** A view's rows in words: 工业总产值 · 2022年 · <report title>; '' for the whole table. */
export function viewSubject<T extends DataRow & { name: string; reportTitle: string }>(
  filters: DataFilters,
  rows: readonly T[],
): string {
  const first = rows[0];
  return [
    filters.metric && (first?.name ?? filters.metric),
    filters.year !== undefined && filters.year !== '' && `${filters.year}年`,
    filters.report && `《${first?.reportTitle ?? filters.report}》`,
  ]
    .filter(Boolean)
    .join(' · ');
}
