/** What a sentence says about when its figure holds, and whether a fact's period agrees. */
import { describe, expect, it } from 'vitest';
import { agrees, statedPeriod } from '../../../src/lib/facts/period-words.ts';

const said = (before: string, context = '') => statedPeriod({ before, context }, 2024)?.period;

describe('statedPeriod', () => {
  it('reads years, relative years and the end of the 14th Five-Year Plan', () => {
    expect(said('2022年，总产值达')).toBe('2022');
    expect(said('去年农机装备产业产值超')).toBe('2023');
    expect(said('今年以来，新增')).toBe('2024');
    expect(said('预计到“十四五”末，将达')).toBe('2025');
  });

  it('reads parts of a year', () => {
    expect(said('2023年前三季度，产值')).toBe('2023-01/2023-09');
    expect(said('上半年，产值')).toBe('2024-01/2024-06');
    expect(said('今年1至8月，全区')).toBe('2024-01/2024-08');
    expect(said('1月-6月，江津区引进')).toBe('2024-01/2024-06');
    expect(said('2023年1—8月，产值')).toBe('2023-01/2023-08');
    expect(said('一季度，产值')).toBe('2024-Q1');
    expect(said('从2019年7月起开行以来，截至今年5月底已累计开行')).toBe('2024-05');
  });

  it('takes 目前 and 截至目前 as undated, and the nearest words before the figure', () => {
    expect(said('截至目前，已累计创建')).toBe('as-of');
    expect(said('2022年以来，目前已外出')).toBe('as-of');
    expect(said('当前，集聚企业100余家，去年产值超')).toBe('2023');
  });

  it('falls back to an earlier sentence of the paragraph, and says so', () => {
    expect(statedPeriod({ before: '企业', context: '2022年，产值达1797.4亿元；' }, 2024)).toEqual({
      words: '2022年',
      period: '2022',
      where: 'paragraph',
    });
    expect(statedPeriod({ before: '企业', context: '' }, 2024)).toBeUndefined();
  });
});

describe('agrees', () => {
  const asOf = '2024-08-31';
  const sentence = (period: string) => ({ words: '', period, where: 'sentence' as const });
  it('holds a year to its year, and a part of a year to the same months', () => {
    expect(agrees('2023', sentence('2023'), asOf)).toBe(true);
    expect(agrees('2019', sentence('2023'), asOf)).toBe(false);
    expect(agrees('2023-Q3', sentence('2023-01/2023-09'), asOf)).toBe(false);
    expect(agrees('2023-01/2023-09', sentence('2023-01/2023-09'), asOf)).toBe(true);
    expect(agrees('2024-01/2024-03', sentence('2024-Q1'), asOf)).toBe(true);
    expect(agrees('2023', sentence('2023-01/2023-09'), asOf)).toBe(false);
  });

  it('holds 目前 to the report date, but an earlier sentence only to its year', () => {
    expect(agrees('2024-08-31', sentence('as-of'), asOf)).toBe(true);
    expect(agrees('2024', sentence('as-of'), asOf)).toBe(false);
    expect(agrees('2022', { words: '', period: '2022', where: 'paragraph' }, asOf)).toBe(true);
    expect(agrees('2023', { words: '', period: '2022', where: 'paragraph' }, asOf)).toBe(false);
  });
});
