import { describe, expect, it } from 'vitest';
import { printedHeadings, splitHeadline } from '../../../src/lib/text/headline.ts';

describe('splitHeadline', () => {
  it('splits a two-part headline at its gap', () => {
    expect(splitHeadline('重点项目好戏连台 加快打造先进制造业基地')).toEqual([
      '重点项目好戏连台',
      '加快打造先进制造业基地',
    ]);
  });

  it('keeps spaces inside Latin phrases', () => {
    expect(splitHeadline('XFC Pro 电池')).toEqual(['XFC Pro', '电池']);
    expect(splitHeadline('江津工业经济')).toEqual(['江津工业经济']);
  });
});

describe('printedHeadings', () => {
  it('maps a heading’s joined text to the text as printed', () => {
    const map = printedHeadings('正文\n\n## 重点项目好戏连台 加快打造先进制造业基地\n\n### 记者手记\n');
    expect(map.get('重点项目好戏连台加快打造先进制造业基地')).toBe('重点项目好戏连台 加快打造先进制造业基地');
    expect(map.get('记者手记')).toBe('记者手记');
  });
});
