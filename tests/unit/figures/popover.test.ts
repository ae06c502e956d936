import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/lib/facts/observations.ts';
import { figurePopovers, popoverId } from '../../../src/lib/figures/popover.ts';

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
});

const observations = [
  observation('a', '2020', 1357),
  observation('b', '2022', 1797.4),
  observation('b', '2021', 1600),
  observation('c', '2023', 1953),
  observation('c', '2023', 1953),
  observation('c', '2023', 559, 'firms'),
];

describe('figurePopovers', () => {
  it('gives each metric of the report the other values, newest first, and how many other reports state it', () => {
    const [output] = figurePopovers(observations, 'b');
    expect(output?.values.map((value) => [value.period, value.here])).toEqual([
      ['2023', false],
      ['2022', true],
      ['2021', true],
      ['2020', false],
    ]);
    expect(output?.otherReports).toBe(2);
    expect(popoverId('output')).toBe('fact-pop-output');
  });

  it('shows a value one report states twice once, and keeps to the limit with the full count', () => {
    const [output, firms] = figurePopovers(observations, 'c', 2);
    expect(output?.values.map((value) => value.period)).toEqual(['2023', '2022']);
    expect(output?.total).toBe(4);
    expect(firms?.otherReports).toBe(0);
  });

  it('has nothing for a report that states no figure', () => {
    expect(figurePopovers(observations, 'none')).toEqual([]);
  });
});
