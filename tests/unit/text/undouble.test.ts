import { describe, expect, it } from 'vitest';
import { findDoubledRun, undoubleLine, undoubleWholeLine } from '../../../src/lib/text/undouble.ts';

describe('undoubleWholeLine', () => {
  it('undoes a line whose every run was printed twice', () => {
    expect(
      undoubleWholeLine(
        '20202020年是极不平凡的一年年是极不平凡的一年，，疫情汛情风险交织疫情汛情风险交织，，',
      ),
    ).toBe('2020年是极不平凡的一年，疫情汛情风险交织，');
    expect(undoubleWholeLine('““双考双考””叠加叠加')).toBe('“双考”叠加');
  });

  it('leaves prose with reduplicated words alone', () => {
    expect(undoubleWholeLine('牢牢稳住经济基本盘')).toBeNull();
    expect(undoubleWholeLine('用招商引资的累累硕果书写着江津高质量发展的绚丽篇章。')).toBeNull();
  });

  it('leaves short and odd-length lines alone', () => {
    expect(undoubleWholeLine('牢牢')).toBeNull();
    expect(undoubleWholeLine('江津江津江')).toBeNull();
  });
});

describe('undoubleLine', () => {
  it('returns the line as it is when it was not printed twice', () => {
    expect(undoubleLine('  江津区经济信息委 ')).toBe('  江津区经济信息委 ');
    expect(undoubleLine('山鹰国际入驻双福工业园山鹰国际入驻双福工业园')).toBe('山鹰国际入驻双福工业园');
  });
});

describe('findDoubledRun', () => {
  it('finds a run of four or more characters printed twice in a row', () => {
    expect(findDoubledRun('疫情汛情风险交织疫情汛情风险交织，战疫战贫')).toBe('疫情汛情风险交织');
  });

  it('ignores repeated patterns across punctuation and short repeats', () => {
    expect(findDoubledRun('加强对园区低效用地、闲置用地、闲置厂房的整改')).toBeNull();
    expect(findDoubledRun('一幅幅美丽宜居画卷，牢牢稳住')).toBeNull();
  });
});
