/** Paging of long lists and the data table's views: every item on exactly one page, addresses right. */
import { describe, expect, it } from 'vitest';
import {
  dataViewPages,
  dataViewPath,
  residualFilters,
  viewChoices,
  viewSubject,
} from '../../../src/lib/data-views.ts';
import { pagePath, pageParam, pageWindow, paginate } from '../../../src/lib/paging.ts';
import { reportsByYear, yearPath } from '../../../src/lib/report-years.ts';

describe('paginate', () => {
  it('puts every item on exactly one page, in order, with no page over the size', () => {
    const items = Array.from({ length: 101 }, (_, i) => i);
    const pages = paginate(items, 25);
    expect(pages.map((page) => page.items.length)).toEqual([25, 25, 25, 25, 1]);
    expect(pages.flatMap((page) => page.items)).toEqual(items);
    expect(pages.map((page) => [page.number, page.total, page.offset, page.count])).toEqual([
      [1, 5, 0, 101],
      [2, 5, 25, 101],
      [3, 5, 50, 101],
      [4, 5, 75, 101],
      [5, 5, 100, 101],
    ]);
  });

  it('gives an empty list one empty page and refuses a size below one', () => {
    expect(paginate([], 10)).toEqual([{ number: 1, total: 1, items: [], offset: 0, count: 0 }]);
    expect(() => paginate([1], 0)).toThrow(RangeError);
  });

  it('keeps page 1 at the list address and numbers the rest below it', () => {
    expect(pagePath('/reports/year/2023/', 1)).toBe('/reports/year/2023/');
    expect(pagePath('/reports/year/2023/', 3)).toBe('/reports/year/2023/3/');
    expect(pagePath('/data', 2)).toBe('/data/2/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(4)).toBe('4');
  });

  it('shows the first, last and nearby page numbers with gaps between', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(5, 20)).toEqual([1, 'gap', 3, 4, 5, 6, 7, 'gap', 20]);
    expect(pageWindow(1, 20)).toEqual([1, 2, 3, 'gap', 20]);
    expect(pageWindow(20, 20)).toEqual([1, 'gap', 18, 19, 20]);
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('reports by year', () => {
  it('groups newest year first and keeps each year in the order given', () => {
    const reports = [2023, 2024, 2023, 2020].map((period, i) => ({ id: `r${i}`, data: { period } }));
    expect(reportsByYear(reports).map(({ year, reports: list }) => [year, list.map((r) => r.id)])).toEqual([
      [2024, ['r1']],
      [2023, ['r0', 'r2']],
      [2020, ['r3']],
    ]);
    expect(yearPath(2023)).toBe('/reports/year/2023/');
  });
});

/** Rows of a made-up dataset: 3 metrics × 4 years × 10 reports, some missing. */
function rows() {
  const list = [];
  for (let report = 0; report < 10; report++) {
    for (const metric of ['output', 'firms', 'growth']) {
      for (const year of [2020, 2021, 2022, 2023]) {
        if (metric === 'growth' && year === 2020) continue;
        list.push({
          metric,
          name: `名${metric}`,
          year,
          slug: `report-${report}`,
          reportTitle: `报道${report}`,
        });
      }
    }
  }
  return list;
}

describe('data views', () => {
  it('maps each combination of filters to the view that holds exactly its rows', () => {
    expect(dataViewPath({})).toBe('/data/');
    expect(dataViewPath({ metric: 'output' })).toBe('/data/metric/output/');
    expect(dataViewPath({ year: 2022 })).toBe('/data/year/2022/');
    expect(dataViewPath({ year: '' })).toBe('/data/');
    expect(dataViewPath({ metric: 'output', year: '2022' })).toBe('/data/metric/output/year/2022/');
    expect(dataViewPath({ metric: 'output', year: 2022, report: 'r' })).toBe('/data/report/r/');
    expect(residualFilters({ metric: 'output', year: 2022, report: 'r' })).toEqual({
      metric: 'output',
      year: 2022,
    });
    expect(residualFilters({ metric: 'output', year: 2022 })).toEqual({});
  });

  it('has a page for every view a filter can lead to, each row on one page of each view it belongs to', () => {
    const data = rows();
    const pages = dataViewPages(data, 7);
    const paths = pages.map((page) => page.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(pages.every((page) => page.page.items.length <= 7)).toBe(true);
    const rowsOf = (base: string) =>
      pages.filter((page) => page.base === base).flatMap((page) => page.page.items);
    expect(rowsOf('/data/')).toEqual(data);
    for (const row of data) {
      for (const filters of [
        { metric: row.metric },
        { year: row.year },
        { metric: row.metric, year: row.year },
        { report: row.slug },
      ]) {
        const held = rowsOf(dataViewPath(filters));
        expect(held.filter((other) => other === row)).toHaveLength(1);
        expect(
          held.every((other) =>
            Object.entries(filters).every(
              ([k, v]) => (k === 'report' ? other.slug : other[k as 'metric']) === v,
            ),
          ),
        ).toBe(true);
      }
    }
    // A metric in a year it has no row for has no page, and the choices say so.
    expect(paths).not.toContain('/data/metric/growth/year/2020/');
    expect(viewChoices(data).metricYears.growth).toEqual([2023, 2022, 2021]);
    expect(viewChoices(data).years).toEqual([2023, 2022, 2021, 2020]);
    expect(paths).toContain('/data/year/2020/2/');
  });

  it('says what a view holds', () => {
    const data = rows();
    expect(viewSubject({}, data)).toBe('');
    expect(viewSubject({ metric: 'output', year: 2022 }, data)).toBe('名output · 2022年');
    expect(viewSubject({ report: 'report-0' }, data)).toBe('《报道0》');
  });
});
