/**
 * The links above a page of the data table: the ways to the other views with JavaScript off. The first
 * page of the whole table links to every metric and year; a metric's page to the page of each of its
 * years; a year's or a report's view back to the whole table. Pure.
 */
import { dataViewPath, type DataViewPage } from './data-views.ts';

/** A group of links: its label and [text, path] pairs. */
export interface LinkGroup {
  label: string;
  items: [string, string][];
}

/** The link groups of one page of a view. */
export function viewLinks(
  view: Pick<DataViewPage<unknown>, 'filters' | 'page'>,
  metrics: [string, string][],
  years: number[],
  metricYears: Record<string, Record<string, string>>,
): LinkGroup[] {
  const { metric, year, report } = view.filters;
  if (!metric && year === undefined && !report) {
    if (view.page.number > 1) return [];
    return [
      { label: '按指标', items: metrics.map(([id, name]) => [name, dataViewPath({ metric: id })]) },
      { label: '按年份', items: years.map((y) => [`${y}年`, dataViewPath({ year: y })]) },
    ];
  }
  const back: LinkGroup = { label: '返回', items: [['全部指标数据', dataViewPath({})]] };
  if (metric) {
    const ofMetric = Object.entries(metricYears[metric] ?? {}).sort(([a], [b]) => Number(b) - Number(a));
    return [
      { label: '按年份', items: ofMetric.map(([y, path]): [string, string] => [`${y}年`, path]) },
      {
        ...back,
        items: [
          ...back.items,
          ...(year !== undefined ? [['该指标全部年份', dataViewPath({ metric })] as [string, string]] : []),
        ],
      },
    ];
  }
  return [back];
}
