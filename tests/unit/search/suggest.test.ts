import { describe, expect, it } from 'vitest';
import { closeTerms } from '../../../src/lib/search/suggest.ts';

const NAMES = [
  '专精特新',
  '新建智能工厂',
  '巨湾技研',
  '西部陆海新通道',
  '亩均论英雄',
  '规上工业总产值',
  '招商引资',
];

describe('close terms for a query with no match', () => {
  it('suggests the names that share the longest run of characters', () => {
    expect(closeTerms('专精特新企业名单', NAMES)).toEqual(['专精特新']);
    expect(closeTerms('巨湾电池厂', NAMES)).toEqual(['巨湾技研']);
    // Both share two characters; 巨湾 is the larger part of its name.
    expect(closeTerms('巨湾电池工厂', NAMES)).toEqual(['巨湾技研', '新建智能工厂']);
    expect(closeTerms('陆海通道', NAMES)).toEqual(['西部陆海新通道']);
  });

  it('suggests nothing for a query that shares no two characters in a row, nor the query itself', () => {
    expect(closeTerms('ZZQQXX', NAMES)).toEqual([]);
    expect(closeTerms('工新', NAMES)).toEqual([]);
    expect(closeTerms('专精特新', NAMES)).toEqual([]);
  });
});
