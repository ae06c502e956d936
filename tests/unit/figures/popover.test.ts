import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/lib/facts/observations.ts';
import { figurePopovers, latestValues } from '../../../src/lib/figures/popover.ts';
import { latestValuesHref, popoverId, popoverRows } from '../../../src/lib/figures/popover-rows.ts';

const observation = (slug: string, period: string, value: number, metric = 'output'): Observation => ({
  metric,
  name: metric === 'output' ? '产值' : '企业数',
  kind: 'flow',
  segment: '',
  segmentName: '',
  period,
  periodLabel: `${period}年`,
  year: Number(period.slice(0, 4)),
  value,
  unit: '亿元',
  qualifier: '',
  qualifierName: '',
  slug,
  reportTitle: slug,
  href: `/reports/${slug}/#${metric}-${period}`,
  anchor: `${metric}-${period}`,
  text: `${value}亿元`,
  quote: '',
  line: 1,
  estimate: false,
  uncertain: false,
});

const observations = [
  observation('a', '2020', 1357),
  observation('b', '2022', 1797.4),
  observation('b', '2021', 1600),
  observation('c', '2023', 1953),
  observation('c', '2023', 1953),
  observation('c', '2023', 559, 'firms'),
  { ...observation('d', '2023', 120), segment: 'auto', segmentName: '汽摩', qualifierName: '超过' },
];

describe('figurePopovers', () => {
  it('gives each metric of the report its own values with their ranks, and how many other reports state it', () => {
    const [output] = figurePopovers(observations, 'b');
    expect(output?.own).toEqual([
      { label: '2022年', value: '1797.4亿元', href: '/reports/b/#output-2022', rank: 2 },
      { label: '2021年', value: '1600亿元', href: '/reports/b/#output-2021', rank: 3 },
    ]);
    expect(output?.otherReports).toBe(3);
    expect(output?.total).toBe(5);
    expect(popoverId('output')).toBe('fact-pop-output');
  });

  it('lists a value one report states twice once', () => {
    const [output, firms] = figurePopovers(observations, 'c');
    expect(output?.own.map((value) => value.rank)).toEqual([0]);
    expect(firms?.otherReports).toBe(0);
  });

  it('has nothing for a report that states no figure', () => {
    expect(figurePopovers(observations, 'none')).toEqual([]);
  });
});

describe('latestValues', () => {
  it('holds a metric’s newest distinct values, up to the limit, as a popover prints them', () => {
    expect(latestValues(observations, 'output', 3).values).toEqual([
      { label: '2023年', value: '1953亿元', href: '/reports/c/#output-2023' },
      { label: '2023年（汽摩）', value: '超过120亿元', href: '/reports/d/#output-2023' },
      { label: '2022年', value: '1797.4亿元', href: '/reports/b/#output-2022' },
    ]);
    expect(latestValues(observations, 'output').values).toHaveLength(5);
    expect(latestValues(observations, 'none').values).toEqual([]);
    expect(latestValuesHref('output')).toBe('/indicators/output/latest.json');
  });
});

describe('popoverRows', () => {
  const latest = latestValues(observations, 'output', 3);

  it('puts the loaded values around this page’s own, newest first, without repeating its own', () => {
    const rows = popoverRows([2, 3], latest, '/reports/b/');
    expect(rows.map((row) => (row.own ? `own ${row.rank}` : row.value.href))).toEqual([
      '/reports/c/#output-2023',
      '/reports/d/#output-2023',
      'own 2',
      'own 3',
    ]);
  });

  it('keeps an own value older than the loaded ones after them', () => {
    const rows = popoverRows([4], latest, '/reports/a/');
    expect(rows.map((row) => row.rank)).toEqual([0, 1, 2, 4]);
    expect(rows.at(-1)?.own).toBe(true);
    // The values between are left out, and the row says so.
    expect(rows.map((row) => row.gap)).toEqual([false, false, false, true]);
    expect(popoverRows([2, 3], latest, '/reports/b/').some((row) => row.gap)).toBe(false);
  });
});
