import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatNumber,
  formatValue,
  formatYear,
  numberStyleErrors,
} from '../../../src/lib/format/index.ts';
import { numberUnitRuns } from '../../../src/lib/format/number-units.ts';

describe('the number style', () => {
  it('writes numbers as the sources do: no grouping, no float noise, source decimals', () => {
    expect(formatNumber(1797.4)).toBe('1797.4');
    expect(formatNumber(33618)).toBe('33618');
    expect(formatNumber(2383.54)).toBe('2383.54');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(-2.3)).toBe('-2.3');
    expect(formatNumber(1234567)).toBe('1234567');
  });

  it('puts the unit and qualifier against the number, with no space', () => {
    expect(formatValue(1797.4, '亿元')).toBe('1797.4亿元');
    expect(formatValue(1600, '亿元', '超过')).toBe('超过1600亿元');
    expect(formatValue(12, '%')).toBe('12%');
    expect(formatYear(2023)).toBe('2023年');
    expect(formatCount(9, '个页面')).toBe('9个页面');
  });

  it('finds grouped digits and stray spaces, and passes the house style', () => {
    expect(numberStyleErrors('产值1797.4亿元，增长12%，找到9个页面，2023年6月')).toEqual([]);
    expect(numberStyleErrors('产值1,797.4亿元')).toHaveLength(1);
    expect(numberStyleErrors('找到 9 个页面')).toHaveLength(2);
    expect(numberStyleErrors('产值 229.5亿元')).toHaveLength(1);
    expect(numberStyleErrors('XFC 电池，2023 Q2，1797.4亿元')).toEqual([]);
  });
});

describe('numbers kept with their units', () => {
  it('marks each number with its unit or percent sign, and nothing else', () => {
    expect(numberUnitRuns('总产值达1797.4亿元，增长12.5%，新增236家企业。')).toEqual([
      { text: '总产值达', keep: false },
      { text: '1797.4亿元', keep: true },
      { text: '，增长', keep: false },
      { text: '12.5%', keep: true },
      { text: '，新增', keep: false },
      { text: '236家', keep: true },
      { text: '企业。', keep: false },
    ]);
    expect(numberUnitRuns('提高0.5个百分点')).toContainEqual({ text: '0.5个百分点', keep: true });
    expect(numberUnitRuns('XFC电池')).toEqual([{ text: 'XFC电池', keep: false }]);
  });
});
