import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  isPeriod,
  periodLabel,
  periodSlug,
  periodYear,
} from '../../../src/lib/facts/periods.ts';

describe('periods', () => {
  it('accepts years, quarters, months and month ranges', () => {
    for (const period of ['2022', '2023-Q2', '2023-06', '2023-01/2023-06', '2023-11/2024-02']) {
      expect(isPeriod(period), period).toBe(true);
    }
  });

  it('rejects what editors might write instead', () => {
    for (const period of ['2022年', '22', '2023-13', '2023-Q5', '2023-6', '2023-06/2023-01', '2023H1', '']) {
      expect(isPeriod(period), period).toBe(false);
    }
  });

  it('labels periods as Chinese readers write them', () => {
    expect(['2022', '2023-Q2', '2023-06', '2023-01/2023-06', '2023-11/2024-02'].map(periodLabel)).toEqual([
      '2022年',
      '2023年第二季度',
      '2023年6月',
      '2023年1—6月',
      '2023年11月—2024年2月',
    ]);
  });

  it('orders by end, a longer period after a shorter one ending with it', () => {
    const periods = ['2023', '2022', '2023-01/2023-06', '2023-Q2', '2023-05'];
    expect([...periods].sort(comparePeriods)).toEqual([
      '2022',
      '2023-05',
      '2023-Q2',
      '2023-01/2023-06',
      '2023',
    ]);
  });

  it('gives the year a period ends in and a slug fit for an id', () => {
    expect(periodYear('2023-11/2024-02')).toBe(2024);
    expect(periodSlug('2023-01/2023-06')).toBe('2023-01--2023-06');
  });
});
