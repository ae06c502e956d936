import { describe, expect, it } from 'vitest';
import { findInconsistencies, type Checked } from '../../../src/lib/facts/consistency.ts';

const fact = (period: string, value: number, source: string, metric = 'digital-workshops'): Checked => ({
  metric,
  segment: '',
  period,
  value,
  qualifier: '',
  source,
});
const CUMULATIVE = new Set(['digital-workshops']);

describe('findInconsistencies', () => {
  it('finds two values for one metric and period', () => {
    const found = findInconsistencies([fact('2022', 102, 'a'), fact('2022', 202, 'b')], CUMULATIVE);
    expect(found.map((item) => [item.kind, item.note])).toEqual([
      ['differs', '2022年的数值各处说法不一：102（a）、202（b）。'],
    ]);
  });

  it('finds a cumulative count that goes down', () => {
    const found = findInconsistencies([fact('2024-08', 60, 'b'), fact('2023', 70, 'a')], CUMULATIVE);
    expect(found.map((item) => item.kind)).toEqual(['decreases']);
    expect(found[0]?.note).toBe('累计数不应减少，但2024年8月 60（b）少于2023年 70（a）。');
  });

  it('lets a flow go down, and one figure stated twice alike pass', () => {
    const flows = [fact('2022', 108, 'a', 'new'), fact('2023', 74, 'b', 'new'), fact('2023', 74, 'c', 'new')];
    expect(findInconsistencies(flows, CUMULATIVE)).toEqual([]);
  });
});
