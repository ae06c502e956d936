import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/lib/facts/observations.ts';
import { keyFigure, sparklinePath } from '../../../src/lib/story/key-figures.ts';
import { revisionNote, targetGap, targetHeadline } from '../../../src/lib/story/target.ts';

const o = (
  metric: string,
  period: string,
  value: number,
  slug: string,
  extra: Partial<Observation> = {},
): Observation => ({
  metric,
  name: metric === 'output' ? '产值' : metric,
  kind: metric.endsWith('target') ? 'target' : metric.endsWith('growth') ? 'growth' : 'flow',
  segment: '',
  segmentName: '',
  period,
  periodLabel: period.length === 4 ? `${period}年` : `${period.slice(0, 4)}年${Number(period.slice(5))}月`,
  year: Number(period.slice(0, 4)),
  value,
  unit: metric.endsWith('growth') ? '%' : '亿元',
  qualifier: '',
  qualifierName: '',
  slug,
  reportTitle: slug,
  href: '',
  anchor: '',
  text: '',
  quote: '',
  line: 1,
  ...extra,
});

const published = new Map([
  ['r2020', Date.UTC(2020, 11, 27)],
  ['r2022', Date.UTC(2022, 11, 31)],
  ['r2023', Date.UTC(2023, 11, 31)],
]);
const observations = [
  o('output', '2020', 1357, 'r2020'),
  o('output-target', '2025', 2000, 'r2020', { qualifierName: '超过' }),
  o('output', '2022', 1797.4, 'r2022'),
  o('output-target', '2025', 2500, 'r2022', { qualifierName: '超过' }),
  o('output', '2023', 1953, 'r2023'),
  o('output-growth', '2023', 8, 'r2023'),
  o('output', '2024-01/2024-08', 1300, 'r2023'),
  o('firms', '2022', 539, 'r2022', { kind: 'cumulative', unit: '家' }),
  o('firms', '2024-08', 559, 'r2023', { kind: 'cumulative', unit: '家' }),
];

describe('keyFigure', () => {
  it('takes the latest whole year, with the growth the report states', () => {
    const figure = keyFigure(observations, 'output', published);
    expect(figure?.latest.value).toBe(1953);
    expect(figure?.change).toBe('同比增长8%');
    expect(figure?.series.map((point) => point.value)).toEqual([1357, 1797.4, 1953]);
  });

  it('says how a count changed since the time before when no growth is stated', () => {
    expect(keyFigure(observations, 'firms', published)?.change).toBe('比2022年底多20家');
  });

  it('has nothing for a metric no report states', () => {
    expect(keyFigure(observations, 'none', published)).toBeUndefined();
  });
});

describe('targetGap', () => {
  const gap = targetGap(observations, 'output', published);

  it('measures the newest target against the latest whole year and the growth it needs', () => {
    expect(gap?.gap).toBe(547);
    expect(gap?.years).toBe(2);
    expect(gap?.needed).toBe(13.1);
    expect(targetHeadline(gap!)).toBe('距2025年2500亿元目标还差547亿元：2年需年均增长13.1%，2023年增长8%');
  });

  it('explains the revision of the target', () => {
    expect(revisionNote(gap!, (slug) => slug)).toBe(
      '2025年的目标调整过：r2020的报道提出超过2000亿元，r2022的报道上调为超过2500亿元。',
    );
  });

  it('says when the target is reached', () => {
    const reached = targetGap([...observations, o('output', '2024', 2600, 'r2023')], 'output', published);
    expect(targetHeadline(reached!)).toBe('2024年产值2600亿元，已达到2025年2500亿元目标');
  });
});

describe('sparklinePath', () => {
  it('places points in time and value inside the box', () => {
    expect(
      sparklinePath(
        [
          { at: 0, value: 1 },
          { at: 12, value: 3 },
          { at: 24, value: 2 },
        ],
        100,
        30,
      ),
    ).toBe('M3 27 L50 3 L97 15');
  });
});
