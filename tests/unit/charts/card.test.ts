/** A share card's text wraps as Chinese is set: no line starts with closing punctuation, no number split. */
import { describe, expect, it } from 'vitest';
import { wrap } from '../../../src/lib/charts/card.ts';

describe('share card lines', () => {
  it('never start with closing punctuation', () => {
    const lines = wrap('规模以上工业总产值（亿元）逐年走势，线下注明比上年增长', 10, 170);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。、；：）》”]/u);
    expect(lines.join('')).toBe('规模以上工业总产值（亿元）逐年走势，线下注明比上年增长');
  });

  it('keep a number whole', () => {
    const lines = wrap('《扬帆起航风正劲》（2023年12月31日）等3篇报道', 10, 140);
    expect(lines.some((line) => /\d$/u.test(line) && lines[lines.indexOf(line) + 1]?.match(/^\d/u))).toBe(
      false,
    );
    expect(lines.join('')).toBe('《扬帆起航风正劲》（2023年12月31日）等3篇报道');
  });
});
