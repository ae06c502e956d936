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
 * and the other filters narrow them on the page), else a metric's or a year's rows, or the whole table.
 * A metric in a year is a page of the metric's view (see `metricYearPaths`), or a view of its own when
 * the year alone fills more than a page. Page 1; `pagePath` gives the others.
 */
export function dataViewPath(filters: DataFilters): string {
  const year = filters.year === undefined || filters.year === '' ? '' : String(filters.year);
  if (filters.report) return `/data/report/${filters.report}/`;
  if (filters.metric && year) return `/data/metric/${filters.metric}/year/${year}/`;
  if (filters.metric) return `/data/metric/${filters.metric}/`;
  if (year) return `/data/year/${year}/`;
  return '/data/';
}

/** The filters a page must still apply to its rows: a report's view narrowed, or one year of a metric's page. */
export function residualFilters(filters: DataFilters): DataFilters {
  if (filters.report) return { metric: filters.metric, year: filters.year };
  if (filters.metric && filters.year !== undefined && filters.year !== '') return { year: filters.year };
  return {};
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
  /** On a metric's view, the years whose rows are all on this page. */
  years?: number[];
}

/** The pages of one view. */
function viewPages<T>(filters: DataFilters, rows: T[], size: number): DataViewPage<T>[] {
  const base = dataViewPath(filters);
  return paginate(rows, size).map((page) => ({ filters, path: pagePath(base, page.number), base, page }));
}

/**
 * A metric's rows by year, oldest first, whole years to a page as far as they fit; a year with more
 * rows than a page holds is split over pages, and gets a view of its own (`/data/metric/m/year/y/`).
 */
function metricPages<T extends DataRow>(metric: string, rows: T[], size: number): DataViewPage<T>[] {
  const years = [...groupBy(rows, (row) => row.year)].sort(([a], [b]) => a - b);
  const chunks: { items: T[]; years: number[] }[] = [];
  for (const [year, ofYear] of years) {
    const last = chunks.at(-1);
    if (ofYear.length > size) {
      for (const page of paginate(ofYear, size)) chunks.push({ items: page.items, years: [] });
    } else if (last && last.years.length > 0 && last.items.length + ofYear.length <= size) {
      last.items.push(...ofYear);
      last.years.push(year);
    } else {
      chunks.push({ items: [...ofYear], years: [year] });
    }
  }
  const base = dataViewPath({ metric });
  const count = rows.length;
  let offset = 0;
  const pages = chunks.map((chunk, index) => {
    const page = { number: index + 1, total: chunks.length, items: chunk.items, offset, count };
    offset += chunk.items.length;
    return { filters: { metric }, path: pagePath(base, index + 1), base, page, years: chunk.years };
  });
  const split = years.filter(([, ofYear]) => ofYear.length > size);
  return [...pages, ...split.flatMap(([year, ofYear]) => viewPages({ metric, year }, ofYear, size))];
}

/** Every page of every view of `rows` (in dataset order), the whole table's first. */
export function dataViewPages<T extends DataRow>(
  rows: readonly T[],
  size = DATA_PAGE_SIZE,
): DataViewPage<T>[] {
  const pages = viewPages({}, [...rows], size);
  for (const [metric, ofMetric] of groupBy(rows, (row) => row.metric)) {
    pages.push(...metricPages(metric, ofMetric, size));
  }
  const byYear = [...groupBy(rows, (row) => row.year)].sort(([a], [b]) => b - a);
  for (const [year, ofYear] of byYear) pages.push(...viewPages({ year }, ofYear, size));
  for (const [report, ofReport] of groupBy(rows, (row) => row.slug)) {
    pages.push(...viewPages({ report }, ofReport, size));
  }
  return pages;
}

/**
 * Where each metric's rows of each year are: the page of the metric's view holding the whole year, or
 * the year's own view. The filter form reads this (as /data/views.json) to open a metric in a year.
 */
export function metricYearPaths<T extends DataRow>(
  pages: readonly DataViewPage<T>[],
): Record<string, Record<string, string>> {
  const paths: Record<string, Record<string, string>> = {};
  for (const view of pages) {
    const { metric, year } = view.filters;
    if (!metric || view.filters.report) continue;
    const ofMetric = (paths[metric] ??= {});
    if (year !== undefined) ofMetric[String(year)] ??= view.base;
    for (const held of view.years ?? []) ofMetric[String(held)] = view.path;
  }
  return paths;
}

/** What the filter form and links offer: every metric with data (dataset order) and every year, newest first. */
export function viewChoices<T extends DataRow & { name: string }>(
  rows: readonly T[],
): { metrics: [string, string][]; years: number[] } {
  return {
    metrics: [...new Map(rows.map((row) => [row.metric, row.name])).entries()],
    years: [...new Set(rows.map((row) => row.year))].sort((a, b) => b - a),
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
